// A literal turned where it is used (backwards, or ROT13): the key is its text turned back.
import { describe, expect, it } from 'vitest';
import { reverseText, rot13Text, turnOf } from '../../src/detect/turned.js';

/** Where the quoted literal `abc` sits in `text`. */
function literalIn(text: string): [string, number, number] {
  const start = text.indexOf('abc');
  return [text, start, start + 3];
}

describe('turnOf', () => {
  it.each([
    "k = 'abc'.split('').reverse().join('')",
    'k = "abc"[::-1]',
    'K = "abc".reverse',
    'k = new StringBuilder("abc").reverse().toString()',
    "$k = strrev('abc');",
  ])('reverses %s', (line) => {
    expect(turnOf(...literalIn(line))).toBe(reverseText);
  });

  it.each([
    "k = codecs.decode('abc', 'rot13')",
    'K = codecs.decode("abc", "rot_13")',
    "k = codecs.encode('abc', 'ROT13')",
    "const k = rot13('abc');",
    "$k = str_rot13('abc');",
  ])('rotates %s', (line) => {
    expect(turnOf(...literalIn(line))).toBe(rot13Text);
  });

  it.each([
    "k = 'abc'",
    "k = ['abc', 'def'].reverse()",
    'k = "abc"[1:]',
    "k = 'abc'.split('').join('')",
    "k = codecs.decode('abc', 'hex')",
    "k = rot13(x, 'abc')",
  ])('leaves %s', (line) => {
    expect(turnOf(...literalIn(line))).toBeUndefined();
  });

  it('reads the text right to left, and 13 letters on', () => {
    expect(reverseText('abc123')).toBe('321cba');
    expect(rot13Text('znk_ceq_nx_Nm9')).toBe('max_prd_ak_Az9');
  });
});
