// The build works out the prefilter's literal sets of keylint's own rules and carries them on each pattern of the
// rule table it embeds (carryLiterals, scripts/build.mjs): a detector of those patterns gates from its first byte
// with the sets it would compute itself, finds what the unfiltered scan finds, and built-in patterns read again
// from rules/ beside extra rule files keep a pattern's sets only while its regexes are the ones they were made from.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { carryLiterals, createDetector, type Detector, ItemScanner } from '../../src/detect/engine.js';
import { BUILTIN_RULES_DIR, builtInRuleTable, carryBuiltLiterals, type RuleTable, ruleSetOf } from '../../src/rules.js';
import { fakeKeys } from '../helpers/fake.js';
import { builtinRules } from '../helpers/scan.js';

const keys = fakeKeys(19);

/** A client with keys behind a header, a name, a prefix, a log line and a query string, among lines of `key` noise. */
const file = Buffer.from(
  [
    'import requests  # NovaMed client',
    `headers = {"x-api-key": "${keys.novamed()}"}`,
    `NOVAMED_API_KEY = "${keys.novamed()}"`,
    `MAXAI_API_KEY = '${keys.maxProd()}'`,
    'print(f"key: {NOVAMED_API_KEY}")',
    'url = f"https://feapi.novamed.care/v1?api_key={NOVAMED_API_KEY}"',
    ...Array.from({ length: 50 }, (_, i) => `total_${i} = sum(len(key) for key in record_${i}.keys())`),
  ].join('\n'),
);

function scan(detector: Detector) {
  const scanner = new ItemScanner(detector, 'client.py');
  scanner.feed(file, true);
  return scanner.finish().map((m) => `${m.rule.id} ${m.line}:${m.column} ${m.secret}`);
}

const keywordsAndGates = (detector: Detector) => ({ keywords: detector.matcher.keywords, gates: detector.gates });

/** The table with each pattern's regexes, its literal sets and its file changed by `change`. */
function changed(
  table: RuleTable,
  change: (pattern: RuleTable['files'][0]['rules'][0]['patterns'][0]) => object,
  file = (f: string) => f,
): RuleTable {
  const files = table.files.map((f) => ({
    ...f,
    file: file(f.file),
    rules: f.rules.map((rule) => ({ ...rule, patterns: rule.patterns.map((p) => ({ ...p, ...change(p) })) })),
  }));
  return { ...table, files };
}

/** Sets that no text meets. */
const never = { gates: [['keylint-no-such-literal']], window: [['keylint-no-such-literal']], block: [] };
/** keylint's own rule files as loadRuleSet reads them from rules/: carrying no literal sets. */
const read = changed(
  builtInRuleTable(),
  () => ({}),
  (f) => path.join(BUILTIN_RULES_DIR, f),
);

describe('the literal sets carried by the patterns', () => {
  const ruleSet = builtinRules();
  const built = carryLiterals(builtInRuleTable());
  const carried = ruleSetOf(
    changed(
      built,
      () => ({}),
      (f) => path.join(BUILTIN_RULES_DIR, f),
    ),
  );
  const reference = scan(createDetector(ruleSet, { exhaustive: true }));

  it('gate from the first byte with the sets a detector computes itself, and find the same', () => {
    const detector = createDetector(carried);
    expect(detector.gates).toBeDefined();
    expect(keywordsAndGates(detector)).toEqual(keywordsAndGates(createDetector(ruleSet, { gating: 'always' })));
    expect(reference.length).toBeGreaterThan(3);
    expect(scan(detector)).toEqual(reference);
    expect(scan(createDetector(carried, { gating: 'never' }))).toEqual(reference);
  });

  it('are what the detector goes by', () => {
    expect(scan(createDetector(ruleSetOf(changed(built, () => ({ literals: never })))))).toEqual([]);
    expect(scan(createDetector(ruleSetOf(changed(built, () => ({ literals: never }))), { carried: false }))).toEqual(
      reference,
    );
  });

  it('are kept by the rules read again from rules/ only for the regexes they were made from', () => {
    const poisoned = changed(built, () => ({ literals: never }));
    expect(scan(createDetector(ruleSetOf(carryBuiltLiterals(read, poisoned))))).toEqual([]);
    const stale = changed(poisoned, (p) => ({ regex: { ...p.regex, source: `(?:)${p.regex.source}` } }));
    const detector = createDetector(ruleSetOf(carryBuiltLiterals(read, stale)), { gating: 'always' });
    expect(keywordsAndGates(detector)).toEqual(keywordsAndGates(createDetector(ruleSet, { gating: 'always' })));
    expect(scan(detector)).toEqual(reference);
    const elsewhere = changed(
      read,
      () => ({}),
      (f) => path.join('/elsewhere', path.basename(f)),
    );
    expect(scan(createDetector(ruleSetOf(carryBuiltLiterals(elsewhere, poisoned))))).toEqual(reference);
  });

  it('leave a detector without them to gate after a large input, as before', () => {
    expect(createDetector(ruleSet).gates).toBeUndefined();
    expect(createDetector(carried, { carried: false }).gates).toBeUndefined();
  });
});
