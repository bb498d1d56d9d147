// The prefilter's second stage rests on one promise of anchors.ts: wherever a regex matches, the text holds a member
// of each literal set it derived. Checked on hand-picked syntax, on every built-in pattern's examples, and on random
// regexes matched against text built from their own pieces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/detect/anchors.js';
import { expandTemplate, seeded } from '../helpers/fake.js';
import { builtinRules } from '../helpers/scan.js';

const literals = (source: string, flags = '') => requiredLiterals(new RegExp(source, flags));

/** True when `text` holds a member of every set, ignoring ASCII case as the keyword pass does. */
function meets(sets: string[][], text: string): boolean {
  const lower = text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  return sets.every((set) => set.some((literal) => lower.includes(literal)));
}

describe('requiredLiterals', () => {
  it('multiplies out small classes and optional parts, folding case and dropping quotes at the ends', () => {
    expect(literals('(?<![a-z0-9])x[-_]?api[-_]?key(?![a-z])', 'i')).toEqual([
      ['xapikey', 'x-apikey', 'x_apikey', 'xapi-key', 'xapi_key', 'x-api-key', 'x-api_key', 'x_api-key', 'x_api_key'],
    ]);
    expect(literals('["\']Api-Key["\']\\s*,')).toEqual([['api-key']]);
    // A tab beside the name cannot gate, but the name still holds in every match.
    expect(literals('["\'`]Api-Key[ \\t]?["\'`]')).toEqual([['api-key']]);
    expect(literals('prefix[ \\t]*x-api-key\\n')).toEqual([['x-api-key'], ['prefix']]);
    expect(literals('Authorization:\\s*[^\\n]{0,80}(?:max_(?:prd|dev)_ak_|maxai)')).toEqual([
      ['authorization:'],
      ['maxai', 'max_dev_ak_', 'max_prd_ak_'],
    ]);
  });

  it('takes what a positive lookaround needs, nothing from negative ones, backreferences or wide classes', () => {
    expect(literals('(?=[^\\n]*novamed)key')).toEqual([['novamed']]);
    expect(literals('(?!novamed)\\w+')).toEqual([]);
    expect(literals('(["\'])\\1')).toEqual([]);
    expect(literals('(["\'])\\1secret')).toEqual([['secret']]);
    expect(literals('[a-z]{20}\\.[A-Za-z0-9]{32}')).toEqual([]);
    expect(literals('abc|defgh')).toEqual([]);
    expect(literals('(?:abcd)*efg')).toEqual([]);
  });

  it('gives up on syntax it does not know, which can only weaken a gate', () => {
    expect(requiredLiterals({ source: 'abcd(?x)' } as RegExp)).toEqual([]);
    expect(requiredLiterals({ source: 'abcd[efg' } as RegExp)).toEqual([]);
  });

  it("holds for every match of every built-in pattern in its rule's examples", () => {
    for (const rule of builtinRules().rules) {
      for (const pattern of rule.patterns) {
        const sets = requiredLiterals(pattern.regex);
        for (const example of rule.examples!.match) {
          const text = expandTemplate(example.text, seeded(3)).text;
          // Some matches need a lookbehind's character: the whole example is what the block would hold.
          if (new RegExp(pattern.regex.source, pattern.regex.flags).test(text))
            expect(meets(sets, text), `${rule.id}: ${text}`).toBe(true);
        }
      }
    }
  });

  it('holds on random regexes, wherever they match text made of their own pieces', () => {
    type Node = { source: string; sample: string[] };
    const chars = fc.constantFrom(...'abkeyAB-_.');
    const leaf: fc.Arbitrary<Node> = fc.oneof(
      fc.string({ unit: chars, minLength: 1, maxLength: 5 }).map((s) => ({
        source: s.replace(/[.-]/g, (c) => `\\${c}`),
        sample: [s],
      })),
      fc.constantFrom<Node>(
        { source: '[ab]', sample: ['a', 'b'] },
        { source: '[-_]', sample: ['-', '_'] },
        { source: '[a-z]', sample: ['k', 'q'] },
        { source: '\\w', sample: ['e', '_'] },
        { source: '.', sample: ['.', 'y'] },
        { source: '\\b', sample: [''] },
      ),
    );
    const { node } = fc.letrec<{ node: Node }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((parts) => ({
          source: parts.map((p) => p.source).join(''),
          sample: [parts.map((p) => p.sample[0]).join(''), parts.map((p) => p.sample.at(-1)).join('')],
        })),
        fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((parts) => ({
          source: `(?:${parts.map((p) => p.source).join('|')})`,
          sample: parts.flatMap((p) => p.sample),
        })),
        fc
          .tuple(tie('node'), fc.constantFrom('?', '*', '+', '{2}', '{0,2}', '{1,3}'))
          .map(([p, q]) => ({ source: `(?:${p.source})${q}`, sample: [p.sample[0]!.repeat(q === '{2}' ? 2 : 1)] })),
        tie('node').map((p) => ({ source: `(?=${p.source})`, sample: [''] })),
        tie('node').map((p) => ({ source: `(?!${p.source})`, sample: [''] })),
      ),
    }));
    fc.assert(
      fc.property(
        node,
        fc.array(fc.string({ unit: chars, maxLength: 6 }), { maxLength: 6 }),
        fc.boolean(),
        (n, noise, i) => {
          const regex = new RegExp(n.source, i ? 'i' : '');
          const sets = requiredLiterals(regex);
          for (const sample of n.sample) {
            const text = [...noise.slice(0, 3), sample, ...noise.slice(3)].join(' ');
            if (regex.test(text))
              expect(meets(sets, text), `${regex} on ${JSON.stringify(text)}: ${JSON.stringify(sets)}`).toBe(true);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
