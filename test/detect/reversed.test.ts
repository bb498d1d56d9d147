// A literal turned round where it is used: the key is its text right to left.
import { describe, expect, it } from 'vitest';
import { readsReversed, reverseText } from '../../src/detect/reversed.js';

/** Where the quoted literal `abc` sits in `text`. */
function literalIn(text: string): [string, number, number] {
  const start = text.indexOf('abc');
  return [text, start, start + 3];
}

describe('readsReversed', () => {
  it.each([
    "k = 'abc'.split('').reverse().join('')",
    'k = "abc"[::-1]',
    'K = "abc".reverse',
    'k = new StringBuilder("abc").reverse().toString()',
    "$k = strrev('abc');",
  ])('turns %s', (line) => {
    expect(readsReversed(...literalIn(line))).toBe(true);
  });

  it.each(["k = 'abc'", "k = ['abc', 'def'].reverse()", 'k = "abc"[1:]', "k = 'abc'.split('').join('')"])(
    'leaves %s',
    (line) => {
      expect(readsReversed(...literalIn(line))).toBe(false);
    },
  );

  it('reads the text right to left', () => {
    expect(reverseText('abc123')).toBe('321cba');
  });
});
