// The keyword prefilter finds exactly what a plain case-insensitive search finds, at any range boundary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeywordMatcher } from '../../src/detect/keywords.js';

/** Every occurrence starting in `from`..`to`, by lower-casing and searching for each keyword. */
function reference(keywords: string[], text: Buffer, from: number, to: number): string[] {
  const lower = text.toString('latin1').replace(/[A-Z]+/g, (m) => m.toLowerCase());
  const found: string[] = [];
  keywords.forEach((keyword, index) => {
    for (let at = lower.indexOf(keyword, from); at !== -1 && at < to; at = lower.indexOf(keyword, at + 1))
      found.push(`${index}@${at}`);
  });
  return found.sort();
}

/** What `matcher` finds, checked to be what a warmed-up twin finds: the string search and the skip-table loop agree. */
function found(matcher: KeywordMatcher, text: Buffer, from: number, to: number): string[] {
  const warmed = new KeywordMatcher(matcher.keywords);
  warmed.warm();
  const [hits, loop] = [matcher, warmed].map((m) => {
    const pairs: number[] = [];
    m.find(text, from, to, pairs);
    const list: string[] = [];
    for (let i = 0; i < pairs.length; i += 2) list.push(`${pairs[i]}@${pairs[i + 1]}`);
    return list.sort();
  });
  expect(hits).toEqual(loop);
  return hits!;
}

describe('KeywordMatcher', () => {
  it('finds overlapping keywords in any case, and one at the very end', () => {
    const matcher = new KeywordMatcher(['api-key', 'x-api-key', 'maxai', 'max_prd_ak_']);
    const text = Buffer.from('X-API-Key: a; MaxAi max_PRD_ak_ then maxai');
    expect(found(matcher, text, 0, text.length)).toEqual(reference(matcher.keywords as string[], text, 0, text.length));
    expect(found(matcher, text, 0, text.length)).toContain(`2@${text.length - 5}`);
  });

  it('never matches across case of non-letters, nor high bytes that fold like ASCII', () => {
    const matcher = new KeywordMatcher(['api_key', 'process.env']);
    // '_' | 0x20 is DEL and '.' | 0x20 is itself: the filter folds them, the confirmation must not.
    const text = Buffer.concat([
      Buffer.from('api\x7fkey processNenv '),
      Buffer.from([0xe1, 0xf0, 0xe9, 0xdf, 0xeb, 0xe5, 0xf9]),
    ]);
    expect(found(matcher, text, 0, text.length)).toEqual([]);
  });

  // Keywords of seven bytes or more are skipped over by triples of bytes, shorter ones by pairs: both lengths.
  it.each([
    [2, 9],
    [7, 12],
  ])('equals a plain search on random text and random ranges (keywords of %i to %i bytes)', (shortest, longest) => {
    const filler = fc.string({ unit: fc.constantFrom(...'aApPiI-_kKeEyYmMxX.: \n\u00e9'), maxLength: 12 });
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.string({ unit: fc.constantFrom(...'apikeymx_-.'), minLength: shortest, maxLength: longest }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.array(fc.tuple(filler, fc.nat(), fc.boolean()), { maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        (keywords, pieces, x, y) => {
          const matcher = new KeywordMatcher(keywords);
          // Keywords dense among filler, in either case: hits, overlaps and near-misses at every offset.
          const body = pieces
            .map(
              ([gap, pick, upper]) =>
                gap + (upper ? keywords[pick % keywords.length]!.toUpperCase() : keywords[pick % keywords.length]!),
            )
            .join('');
          const text = Buffer.from(body, 'utf8');
          const from = text.length === 0 ? 0 : x % (text.length + 1);
          const to = from + (text.length - from === 0 ? 0 : y % (text.length - from + 1));
          expect(found(matcher, text, from, to)).toEqual(reference(keywords, text, from, to));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds non-ASCII keywords only as their exact bytes, and searches a large range as a small one', () => {
    const matcher = new KeywordMatcher(['clé', 'api-key']);
    // Lower-cased as latin1, the bytes of 'CLÉ' would read as those of 'clé' ('É' is 0xc3 0x89, 'é' 0xc3 0xa9).
    const text = Buffer.from(`CLÉ clé Clé ${'x'.repeat(70 * 1024)} API-KEY`, 'utf8');
    expect(found(matcher, text, 0, text.length)).toEqual(['0@10', '0@5', `1@${text.length - 7}`]);
  });

  it('refuses keywords shorter than two bytes', () => {
    expect(() => new KeywordMatcher(['a'])).toThrow(/at least two bytes/);
  });
});
