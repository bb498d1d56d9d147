// A key written turned so that a scanner reading the source finds no key (backwards, or in ROT13), and turned back
// where it is used: the key is the literal's text turned back.

/**
 * The turn right after a literal's closing quote: JavaScript's `'…'.split('').reverse().join('')`, Python's
 * `'…'[::-1]`, Ruby's `'…'.reverse`, Java's `new StringBuilder("…").reverse()`.
 */
const REVERSED_AFTER =
  /["'`](?:\.split\(\s*["'`]{2}\s*\)\.reverse\(\)\.join\(\s*["'`]{2}\s*\)|\[::-1\]|\)?\.reverse\b)/y;
/** PHP's `strrev('…')`: the turn is the call around the literal. */
const REVERSED_BEFORE = /\bstrrev\(\s*["']$/i;
/** Python's `codecs.decode('…', 'rot13')` (or `rot_13`, or `encode`: ROT13 is its own inverse), the codec after the literal. */
const ROT13_AFTER = /["'],\s*["']rot_?13["']\s*\)/iy;
/** A call named for ROT13 around the literal (`rot13('…')`, PHP's `str_rot13('…')`). */
const ROT13_BEFORE = /(?<![A-Za-z0-9])rot_?13\(\s*["']$/i;
/** How far before a literal its call is looked for. */
const BEFORE_REACH = 16;

/** How the literal at `start`..`end` of `text` is turned where it is read, if it is: the key is `turn(literal)`. */
export function turnOf(text: string, start: number, end: number): ((literal: string) => string) | undefined {
  const before = text.slice(Math.max(0, start - BEFORE_REACH), start);
  REVERSED_AFTER.lastIndex = end;
  if (REVERSED_AFTER.test(text) || REVERSED_BEFORE.test(before)) return reverseText;
  ROT13_AFTER.lastIndex = end;
  if (ROT13_AFTER.test(text) || ROT13_BEFORE.test(before)) return rot13Text;
  return undefined;
}

/** The text right to left. */
export function reverseText(text: string): string {
  return [...text].reverse().join('');
}

/** The text with each ASCII letter moved 13 places round its alphabet. */
export function rot13Text(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}
