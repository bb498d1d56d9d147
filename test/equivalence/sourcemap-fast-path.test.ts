// A source map is decoded only when its text shows that a key could hide in its sourcesContent. Every rule example,
// embedded in a map with each way JSON writers escape text, is found there exactly as the exhaustive reference
// (which always decodes) finds it.
import { describe, expect, it } from 'vitest';
import { compileRuleFiles } from '../../src/rules.js';
import { scanSource } from '../../src/scan/run.js';
import { memorySource } from '../../src/sources/memory.js';
import { expandTemplate, seeded } from '../helpers/fake.js';
import { builtinRules } from '../helpers/scan.js';

const ruleSet = builtinRules();

/** The map of one source, its content written by `write` (a JSON string literal, quotes included). */
function mapOf(content: string, write: (text: string) => string): string {
  return `{"version":3,"file":"app.js","sources":["../src/app.ts"],"sourcesContent":[${write(content)}],"mappings":"AAAA"}`;
}

const ESCAPES: Record<string, (text: string) => string> = {
  minimal: (text) => JSON.stringify(text),
  // PHP's json_encode and some bundlers escape every slash.
  slashes: (text) => JSON.stringify(text).replace(/\//g, '\\/'),
  // Any character may be written as \uXXXX; here the y of every `key`, which hides most keywords.
  unicode: (text) => JSON.stringify(text).replace(/(?<=[kK][eE])[yY]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`),
};

describe('keys inside a source map', () => {
  it('are found as the exhaustive reference finds them, however the map escapes its sources', async () => {
    let found = 0;
    const examples = ruleSet.rules
      .filter((r) => r.kind !== 'policy')
      .flatMap((r) => [...r.examples!.match, ...r.examples!.noMatch]);
    for (const example of examples) {
      const text = expandTemplate(example.text, seeded(11)).text;
      for (const [name, write] of Object.entries(ESCAPES)) {
        const files = [{ path: 'dist/app.js.map', content: mapOf(text, write) }];
        const reference = await scanSource(memorySource(files), ruleSet, { exhaustive: true });
        for (const gating of ['never', 'always'] as const) {
          const fast = await scanSource(memorySource(files), ruleSet, { gating });
          expect(fast.report, `${name} escapes, gating ${gating}: ${text}`).toEqual({
            ...reference.report,
            stats: { ...reference.report.stats, durationMs: fast.report.stats.durationMs },
          });
        }
        found += reference.report.findings.filter((f) => f.original).length;
      }
    }
    // The examples' keys are found inside the maps, not only compared.
    expect(found).toBeGreaterThan(100);
    // Nine scans of every rule example in the exhaustive reference: it grows with the rules, takes 100 s on an idle
    // two-core machine and 460 s at load 20.
  }, 900_000);

  it("are found when a rule's only keyword holds a quote, which the map escapes", async () => {
    const acme = compileRuleFiles([
      {
        file: 'acme.json',
        data: {
          rules: [
            {
              id: 'acme-key',
              description: 'd',
              severity: 'high',
              message: 'm',
              fix: 'f',
              keywords: ['acme"'],
              patterns: [{ regex: 'acme"\\s*:\\s*"(?<secret>[a-z0-9]{24})"' }],
              examples: { match: ['"acme": "{{lower:24}}"'], noMatch: [] },
            },
          ],
        },
      },
    ]);
    const secret = 'q7w2e9r4t6y1u8i3o5p0a7s2';
    const files = [
      { path: 'app.js.map', content: mapOf(`const config = { "acme": "${secret}" };\n`, ESCAPES.minimal!) },
    ];
    const { report } = await scanSource(memorySource(files), acme, { gating: 'always' });
    expect(report.findings.map((f) => [f.ruleId, f.original?.file])).toEqual([['acme-key', '../src/app.ts']]);
  });
});
