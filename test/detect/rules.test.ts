// Every rule against its own examples: what must match does (with the right secret), what must not doesn't.
import { describe, expect, it } from 'vitest';
import { compileRuleFiles, type ExampleSpec } from '../../src/rules.js';
import { scanSource } from '../../src/scan/run.js';
import { memorySource } from '../../src/sources/memory.js';
import { expandTemplate, seeded } from '../helpers/fake.js';
import { builtinRules, scanMemory } from '../helpers/scan.js';

const ruleSet = builtinRules();
const rnd = seeded(42);

function expand(example: ExampleSpec) {
  const { text, values } = expandTemplate(example.text, rnd);
  const secret = example.secret === undefined ? undefined : expandTemplate(example.secret, rnd, values).text;
  return { path: example.path ?? 'example.txt', text, secret };
}

describe.each(ruleSet.rules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it.each(rule.examples!.match.map((e) => [e.text, e] as const))('matches %s', async (_text, example) => {
    const { path, text, secret } = expand(example);
    const { report, secrets } = await scanMemory([{ path, content: text }]);
    const hits = report.findings.filter((f) => f.ruleId === rule.id);
    expect(hits, `no ${rule.id} finding in: ${text}`).toHaveLength(1);
    if (secret !== undefined) expect(secrets.get(hits[0]!.fingerprint)).toBe(secret);
  });

  it.each(rule.examples!.noMatch.map((e) => [e.text, e] as const))('does not match %s', async (_text, example) => {
    const { path, text } = expand(example);
    const { report } = await scanMemory([{ path, content: text }]);
    expect(report.findings.filter((f) => f.ruleId === rule.id)).toEqual([]);
  });

  if (rule.patterns.length > 0) {
    it('has a keyword in every matching example (the prefilter relies on it)', () => {
      for (const example of rule.examples!.match) {
        const lower = example.text.toLowerCase();
        expect(
          rule.keywords.some((k) => lower.includes(k)),
          example.text,
        ).toBe(true);
      }
    });

    it("finds in its examples what the exhaustive reference finds (each pattern's own keywords suffice)", async () => {
      for (const example of [...rule.examples!.match, ...rule.examples!.noMatch]) {
        const files = [{ path: example.path ?? 'example.txt', content: expandTemplate(example.text, seeded(7)).text }];
        const reference = await scanSource(memorySource(files), ruleSet, { exhaustive: true });
        for (const gating of ['never', 'always'] as const) {
          const fast = await scanSource(memorySource(files), ruleSet, { gating });
          expect(fast.report.findings, `${example.text} (gating ${gating})`).toEqual(reference.report.findings);
        }
      }
    });
  }
});

describe('prefilter fields of a rule file', () => {
  const rule = (pattern: Record<string, unknown>, keywords = ['acme_live_', 'acme']) => ({
    file: 'acme.json',
    data: {
      rules: [
        {
          id: 'acme-key',
          description: 'd',
          severity: 'high',
          message: 'm',
          fix: 'f',
          keywords,
          patterns: [{ regex: 'acme_live_[a-z]{20}', ...pattern }],
          examples: { match: ['acme_live_{{lower:20}}'], noMatch: [] },
        },
      ],
    },
  });
  const error = (spec: ReturnType<typeof rule>) => {
    try {
      compileRuleFiles([spec]);
      return '';
    } catch (e) {
      return (e as Error).message;
    }
  };

  it("takes a pattern's own keywords and how far before them it starts", () => {
    const [compiled] = compileRuleFiles([rule({ keywords: ['acme_live_'], before: 0 })]).rules;
    expect(compiled!.patterns[0]).toMatchObject({ keywords: ['acme_live_'], before: 0 });
    expect(compileRuleFiles([rule({})]).rules[0]!.patterns[0]).toMatchObject({
      keywords: ['acme_live_', 'acme'],
      before: 256,
    });
  });

  it('names the file, rule and field of a bad prefilter field', () => {
    expect(error(rule({ keywords: ['other'] }))).toBe(
      'acme.json: rule "acme-key": "patterns[0].keywords" holds "other", which is not one of the rule\'s keywords',
    );
    expect(error(rule({ before: 300 }))).toBe(
      'acme.json: rule "acme-key": "patterns[0].before" must be an integer from 0 to 256',
    );
    expect(error(rule({}, ['ac']))).toBe(
      'acme.json: "rule "acme-key": keywords" must each be at least 3 characters long',
    );
  });
});
