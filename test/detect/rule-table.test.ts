// The build embeds keylint's own rules checked and expanded (builtInRuleTable, put into dist/ as JSON by
// scripts/build.mjs): the rule set built from that JSON is the one built from rules/*.json, field by field, and the
// same text gives the same findings through either.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDetector, ItemScanner } from '../../src/detect/engine.js';
import {
  BUILTIN_RULES_DIR,
  builtInRuleTable,
  loadRuleSet,
  type Rule,
  type RuleSet,
  ruleSetOf,
} from '../../src/rules.js';
import { fakeKeys } from '../helpers/fake.js';

/** Every field of a rule set as plain data: regexes by flags and source, globs by the paths they take. */
function plain(ruleSet: RuleSet) {
  const regex = (r: RegExp) => `${r.flags}/${r.source}`;
  const probes = ['.env', 'src/app.ts', 'public/sw.js', 'test/fixtures/keys.json', 'docs/README.md', 'app/+page.ts'];
  const rule = (r: Rule) => ({
    ...r,
    // The table leaves the examples out (no scan reads them); the rule files keep them.
    examples: undefined,
    patterns: r.patterns.map((p) => ({
      regex: regex(p.regex),
      written: p.written,
      needsContext: p.needsContext,
      attributed: p.attributed,
      sameBlock: p.sameBlock,
      evidence: p.evidence,
      keywords: p.keywords,
      before: p.before,
      more: p.more && regex(p.more),
      binds: p.binds,
      requires: p.requires.map((n) => [regex(n.regex), n.withinLines]),
      excludes: p.excludes.map((n) => [regex(n.regex), n.withinLines]),
    })),
    allow: r.allow.map(regex),
    when: r.when.map((c) => ({
      ...c,
      paths: c.paths && probes.map((p) => c.paths!(p)),
      exceptPaths: c.exceptPaths && probes.map((p) => c.exceptPaths!(p)),
      bindings: c.bindings?.map(regex),
      sections: c.sections?.map(regex),
      exceptSections: c.exceptSections?.map(regex),
    })),
  });
  return {
    rules: ruleSet.rules.map(rule),
    hints: ruleSet.hints,
    placeholders: ruleSet.placeholders.map(regex),
    foreign: ruleSet.foreign && regex(ruleSet.foreign),
  };
}

/** The table as the bundle has it: through JSON, its files named by name alone. */
function embedded(): RuleSet {
  const table = JSON.parse(JSON.stringify(builtInRuleTable())) as ReturnType<typeof builtInRuleTable>;
  return ruleSetOf({ ...table, files: table.files.map((f) => ({ ...f, file: path.join(BUILTIN_RULES_DIR, f.file) })) });
}

describe('the built-in rule table', () => {
  const fromFiles = loadRuleSet();
  const fromTable = embedded();

  it('is plain data that JSON keeps whole', () => {
    const table = builtInRuleTable();
    expect(JSON.parse(JSON.stringify(table))).toStrictEqual(table);
    expect(table.files.map((f) => f.file)).toContain('maxai.json');
    expect(table.files.flatMap((f) => f.rules).some((r) => r.examples !== undefined)).toBe(false);
    expect(fromFiles.rules.every((r) => r.examples!.match.length > 0)).toBe(true);
  });

  it('builds the rule set that rules/*.json build', () => {
    expect(fromTable.rules.length).toBeGreaterThan(10);
    expect(plain(fromTable)).toEqual(plain(fromFiles));
    expect(fromTable.rules.every((r) => !r.custom && path.dirname(r.source) === BUILTIN_RULES_DIR)).toBe(true);
  });

  it('finds what the rules read from rules/ find', () => {
    const keys = fakeKeys(23);
    const text = Buffer.from(
      [
        `MAXAI_API_KEY = '${keys.maxProd()}'`,
        `headers = {"x-api-key": "${keys.novamed()}"}  # NovaMed`,
        `url = "https://api.maxcare.ai/v1?api_key=${keys.maxProd()}"`,
        `console.log("key", process.env.MAIAGENT_API_KEY ?? "${keys.maiagent()}")`,
      ].join('\n'),
    );
    const scan = (ruleSet: RuleSet) => {
      const scanner = new ItemScanner(createDetector(ruleSet), 'src/client.ts');
      scanner.feed(text, true);
      return scanner.finish().map((m) => `${m.rule.id} ${m.line}:${m.column} ${m.secret} ${m.vendorConfirmed}`);
    };
    const found = scan(fromFiles);
    expect(found.length).toBeGreaterThan(2);
    expect(scan(fromTable)).toEqual(found);
  });
});
