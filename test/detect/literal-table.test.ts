// The build works out the prefilter's literal sets of keylint's own rules (literalTable, put into dist/ by
// scripts/build.mjs): a detector given that table gates from its first byte with the sets it would compute
// itself, finds what the unfiltered scan finds, and takes an entry only while its unit's regexes are the ones
// the entry was made from.
import { describe, expect, it } from 'vitest';
import { createDetector, type Detector, ItemScanner, literalTable } from '../../src/detect/engine.js';
import type { LiteralTable } from '../../src/detect/built-in-literals.js';
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

/** The table with every entry's sets replaced by ones no text meets, under the same signatures or changed ones. */
function poisoned(table: LiteralTable, resign: (signature: string) => string): LiteralTable {
  const never = [['keylint-no-such-literal']];
  return Object.fromEntries(Object.keys(table).map((s) => [resign(s), { gates: never, window: never }]));
}

describe('the literal table', () => {
  const ruleSet = builtinRules();
  const table = literalTable(ruleSet);
  const reference = scan(createDetector(ruleSet, { exhaustive: true }));

  it('gates from the first byte with the sets a detector computes itself, and finds the same', () => {
    const detector = createDetector(ruleSet, { literals: table });
    expect(detector.gates).toBeDefined();
    expect(keywordsAndGates(detector)).toEqual(
      keywordsAndGates(createDetector(ruleSet, { gating: 'always', literals: undefined })),
    );
    expect(reference.length).toBeGreaterThan(3);
    expect(scan(detector)).toEqual(reference);
    expect(scan(createDetector(ruleSet, { gating: 'never', literals: table }))).toEqual(reference);
  });

  it('is what the detector goes by where the signatures match', () => {
    expect(scan(createDetector(ruleSet, { literals: poisoned(table, (s) => s) }))).toEqual([]);
  });

  it('is not taken for regexes other than those its entries were made from', () => {
    const stale = poisoned(table, (s) => s.replace(/\//, '/(?:)'));
    const detector = createDetector(ruleSet, { literals: stale });
    expect(keywordsAndGates(detector)).toEqual(
      keywordsAndGates(createDetector(ruleSet, { gating: 'always', literals: undefined })),
    );
    expect(scan(detector)).toEqual(reference);
  });

  it('leaves a detector without one to gate after a large input, as before', () => {
    expect(createDetector(ruleSet, { literals: undefined }).gates).toBeUndefined();
  });
});
