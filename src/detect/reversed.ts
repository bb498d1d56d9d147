// A key written backwards so that a scanner reading the source finds no key, and turned round where it is used.

/**
 * The turn right after a literal's closing quote: JavaScript's `'…'.split('').reverse().join('')`, Python's
 * `'…'[::-1]`, Ruby's `'…'.reverse`, Java's `new StringBuilder("…").reverse()`.
 */
const TURNED_AFTER = /["'`](?:\.split\(\s*["'`]{2}\s*\)\.reverse\(\)\.join\(\s*["'`]{2}\s*\)|\[::-1\]|\)?\.reverse\b)/y;
/** PHP's `strrev('…')`: the turn is the call around the literal. */
const TURNED_BEFORE = /\bstrrev\(\s*["']$/i;

/** Whether the literal at `start`..`end` of `text` is read reversed, so that the key is its text right to left. */
export function readsReversed(text: string, start: number, end: number): boolean {
  TURNED_AFTER.lastIndex = end;
  if (TURNED_AFTER.test(text)) return true;
  return TURNED_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** The text right to left. */
export function reverseText(text: string): string {
  return [...text].reverse().join('');
}
