// Exported rules keep their meaning: the converted RE2-style regexes find the same secrets in every
// rule example that the original (context-free) patterns find.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { convert, exportablePatterns, secretGroupIndex, toGithubPatterns, toGitleaks } from '../../src/rules-export.js';
import { expandTemplate, seeded } from '../helpers/fake.js';
import { builtinRules } from '../helpers/scan.js';

const ruleSet = builtinRules();
const LOOKAROUND_OR_NAMED = /\(\?(?:=|!|<)/;

/** A JS RegExp from an RE2-style source with a leading inline flag group and \A/\z anchors. */
function jsRegex(source: string): RegExp {
  const flags = /^\(\?([ims]+)\)/.exec(source)?.[1] ?? '';
  return new RegExp(
    source
      .replace(/^\(\?[ims]+\)/, '')
      .replace(/\\A/g, '^')
      .replace(/\\z/g, '$'),
    flags,
  );
}

function withG(regex: RegExp): RegExp {
  return new RegExp(regex.source, `${regex.flags}g`);
}

/** Every secret the original, context-free patterns of a rule find in its match examples. */
function expectedSecrets(ruleId: string): Array<{ text: string; secret: string }> {
  const rule = ruleSet.rules.find((r) => r.id === ruleId)!;
  const rnd = seeded(5);
  const out: Array<{ text: string; secret: string }> = [];
  for (const example of rule.examples!.match) {
    const { text } = expandTemplate(example.text, rnd);
    const exportable = rule.patterns.filter(
      (p) => (p.evidence === 'key' || p.evidence === 'name') && !p.binds && !p.regex.source.includes('(?<joined>'),
    );
    for (const pattern of exportable) {
      for (const m of text.matchAll(pattern.regex)) out.push({ text, secret: m.groups!.secret! });
    }
  }
  return out;
}

describe('regex conversion', () => {
  it('turns named groups into plain groups and negated class lookarounds into consuming forms', () => {
    expect(convert('(?<![a-z])(?<secret>k[0-9]+)(?![a-z])', '(')).toEqual({
      source: '(?:^|[^a-z])(k[0-9]+)(?:[^a-z]|$)',
      caveats: [],
    });
    expect(convert('a(?=b)c', '(?:').caveats).toEqual([expect.stringMatching(/dropped \(\?=b\)/)]);
    expect(secretGroupIndex('(?<name>x(y))[(](?<secret>z)')).toBe(3);
  });
});

describe('gitleaks export', () => {
  const toml = parse(toGitleaks(ruleSet)) as {
    rules: Array<{ id: string; regex: string; secretGroup: number; keywords: string[] }>;
    allowlist: { regexes: string[] };
  };

  it('is valid TOML with one rule per context-free pattern, keywords and an allowlist', () => {
    const { patterns } = exportablePatterns(ruleSet);
    expect(toml.rules.map((r) => r.id)).toEqual(patterns.map((p) => p.id));
    expect(toml.rules.map((r) => r.id)).toEqual(
      expect.arrayContaining(['maxai-prod-key', 'maxai-dev-key', 'novamed-api-key', 'maiagent-api-key']),
    );
    for (const rule of toml.rules) {
      expect(rule.regex).not.toMatch(LOOKAROUND_OR_NAMED);
      expect(rule.keywords.length).toBeGreaterThan(0);
      expect(rule.secretGroup).toBeGreaterThan(0);
    }
    expect(toml.allowlist.regexes.length).toBe(ruleSet.placeholders.length);
  });

  it.each(['maxai-prod-key', 'maxai-dev-key', 'novamed-api-key', 'maiagent-api-key'])(
    '%s: the exported rules capture the same secrets',
    (ruleId) => {
      const expected = expectedSecrets(ruleId);
      expect(expected.length).toBeGreaterThan(0);
      const exported = toml.rules.filter((r) => r.id === ruleId || r.id.startsWith(`${ruleId}-`));
      for (const { text, secret } of expected) {
        const found = exported.flatMap((r) => [...text.matchAll(withG(jsRegex(r.regex)))].map((m) => m[r.secretGroup]));
        expect(found, text).toContain(secret);
      }
    },
  );
});

describe('github custom patterns export', () => {
  const { patterns } = JSON.parse(toGithubPatterns(ruleSet, 'json')) as {
    patterns: Array<{ name: string; secretFormat: string; beforeSecret: string; afterSecret: string }>;
  };

  it.each(['maxai-prod-key', 'novamed-api-key', 'maiagent-api-key'])(
    '%s: before + secret + after find the same secrets',
    (ruleId) => {
      const mine = patterns.filter((p) => p.name === `keylint ${ruleId}` || p.name.startsWith(`keylint ${ruleId}-`));
      for (const p of mine)
        for (const field of [p.secretFormat, p.beforeSecret, p.afterSecret])
          expect(field).not.toMatch(LOOKAROUND_OR_NAMED);
      for (const { text, secret } of expectedSecrets(ruleId)) {
        const found = mine.flatMap((p) => {
          const whole = new RegExp(
            `(?:${jsRegex(p.beforeSecret).source})(${jsRegex(p.secretFormat).source})(?:${jsRegex(p.afterSecret).source})`,
            'gi',
          );
          return [...text.matchAll(whole)].map((m) => m[1]);
        });
        expect(found, text).toContain(secret);
      }
    },
  );

  it('end to end: the CLI writes markdown, and rejects an unknown target', () => {
    const bin = path.resolve('bin/keylint.js');
    const md = spawnSync('node', [bin, 'rules', 'export', '--to', 'github', '--format', 'markdown'], {
      encoding: 'utf8',
    });
    expect(md.status, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/\| keylint maxai-prod-key \| `max_prd_ak_\[A-Za-z0-9_\\-\]\{20,128\}` \|/);
    const bad = spawnSync('node', [bin, 'rules', 'export', '--to', 'trufflehog'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
