// The rule-file fields that extend one match to more bindings: `more` (every value of a list) and `binds` (the
// literal a header's variable is bound to). Checked on a custom rule, so the built-in rules are not needed.
import { describe, expect, it } from 'vitest';
import { compileRuleFiles } from '../../src/rules.js';
import { seeded } from '../helpers/fake.js';
import { scanMemory } from '../helpers/scan.js';

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const rnd = seeded(11);
const token = () => `acme${Array.from({ length: 24 }, () => ALNUM[Math.floor(rnd() * ALNUM.length)]).join('')}9`;

const ruleFile = (pattern: Record<string, unknown>) => ({
  file: 'acme.json',
  data: {
    rules: [
      {
        id: 'acme-key',
        description: 'd',
        severity: 'high',
        message: 'm',
        fix: 'f',
        keywords: ['acme_keys', 'x-acme'],
        patterns: [pattern],
        examples: { match: ['acme_keys = x'], noMatch: [] },
      },
    ],
  },
});
const error = (pattern: Record<string, unknown>) => {
  try {
    compileRuleFiles([ruleFile(pattern)]);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('more: further values of a list binding', () => {
  const rules = compileRuleFiles([
    ruleFile({
      regex: '(?<name>acme_keys)[ \\t]*[:=][ \\t]*\\[?[ \\t]*"(?<secret>acme[a-z0-9]{20,})(?=")',
      more: '"[ \\t]*,[ \\t]*"(?<secret>acme[a-z0-9]{20,})(?=")',
    }),
  ]);

  it('reports every value of the list, and nothing after it', async () => {
    const keys = [token(), token(), token()];
    const content = `acme_keys = ["${keys.join('", "')}"]\nother = ["${token()}", "${token()}"]\n`;
    const { report, secrets } = await scanMemory([{ path: 'keys.py', content }], rules);
    expect(report.findings.map((f) => secrets.get(f.fingerprint))).toEqual(keys);
    expect(report.findings.map((f) => f.line)).toEqual([1, 1, 1]);
  });

  it('must capture a secret', () => {
    expect(error({ regex: '(?<secret>acme_keys)', more: ',acme' })).toBe(
      'acme.json: rule "acme-key": "patterns[0].more" must be a regex string with a (?<secret>…) group',
    );
  });
});

describe('binds: the literal a header variable is bound to', () => {
  const rules = compileRuleFiles([
    ruleFile({
      regex: '(?<name>x-acme)["\']?[ \\t]*[:,][ \\t]*(?<ref>[a-z_][a-z0-9_]*)(?![a-z0-9_("\'.])',
      flags: 'i',
      binds: '(?<![a-z0-9_$.])\\k<ref>[ \\t]*=[ \\t]*["\'](?<secret>acme[a-z0-9]{20,})(?=["\'])',
    }),
  ]);

  it('finds the literal bound to the variable, at its own line, and only for that variable', async () => {
    const [bound, other] = [token(), token()];
    const content = `const ACME_KEY = '${bound}';\nconst UNUSED = '${other}';\nheaders = { 'x-acme': ACME_KEY };\n`;
    const { report, secrets } = await scanMemory([{ path: 'client.js', content }], rules);
    expect(report.findings.map((f) => [secrets.get(f.fingerprint), f.line])).toEqual([[bound, 1]]);
  });

  it('needs \\k<ref>, a secret and a ref group', () => {
    expect(error({ regex: 'x-acme (?<ref>[a-z]+)', binds: 'KEY = "(?<secret>acme[a-z]+)"' })).toBe(
      'acme.json: rule "acme-key": "patterns[0].binds" must hold \\k<ref> and a (?<secret>…) group',
    );
    expect(error({ regex: 'x-acme ([a-z]+)', binds: '\\k<ref> = "(?<secret>acme[a-z]+)"' })).toBe(
      'acme.json: rule "acme-key": "patterns[0].regex" must capture (?<ref>…) for "binds"',
    );
  });
});
