// Character-escape views: names and keys written with code escapes of plain ASCII characters, as obfuscators,
// serialisers and tools write them: `"\u0078-api-key"` and `'\x78\x2d\x61…'` (javascript-obfuscator and the like),
// `novamed.api\u002Dkey=` (native2ascii), `"x\u{2D}api\u{2D}key"` (Swift), `{\u0022x-api-key\u0022:…}` (.NET's
// System.Text.Json escapes quotes by default), and percent-encoding (`config=%7B%22apiKey%22%3A%22…%22%7D`, JSON in a
// query string), and HTML character references of ASCII in pages and exported docs (`max&#95;prd&#95;…`, `&#x5f;`,
// `&lowbar;`, `x&#45;api&#45;key`), percent-encoding applied twice (`%253Fapi_key%253D…`: a URL carried in another
// URL's query, as a login redirect's `next=` logs it), percent-encoding in lower case where escapes run together
// (`%6d%61%78%5f…`: a tool that encodes every character), and octal escapes of printable characters (`\040`: mysql's and
// libedit's histories write every space so, `UPDATE\040settings\040SET\040value='…'`; bash's `$'\155\141\170…'`,
// C's and Perl's `"\170\055…"`). The view writes each such escape as its character, so the ordinary bindings find
// the key; a key that starts inside an escape is reported at that escape.
import { anyIn, byteSigns } from './byte-signs.js';
import type { Replacement } from './views.js';

/** Byte strings one of which an item must hold to be looked at: every escape form starts with one. */
const NEEDLES = byteSigns(['\\x', '\\u', '%2', '%3', '%5', '%6', '%7', '&#', '&lowbar;', '\\0', '\\1']);
/**
 * `\xHH`, `\uHHHH`, `\u{H…}`, `%HH` in upper case as URL encoders write it (`%2d` is more often printf's width
 * than an encoded `-`, so lower case counts only beside another escape), also encoded again (`%253D`: `%25` is `%`),
 * octal `\NNN` of printable characters, and HTML's `&#NN;`, `&#xHH;` and the named references of ASCII punctuation a key or a
 * header's name holds (quotes are the entity view's, views.ts, where they quote JSON). Only escapes of printable ASCII are rewritten.
 */
const ESCAPE =
  /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]{1,6})\}|(0[4-7][0-7]|1[0-7][0-7]))|%(?:25)?([2-7][0-9A-F])|(?<=%[2-7][0-9a-fA-F])%([2-7][0-9a-f])|%([2-7][0-9a-f])(?=%[2-7][0-9a-fA-F])|&#(?:(\d{2,3})|[xX]([0-9a-fA-F]{2}));|&(lowbar|period|colon|equals|sol|plus);/g;
/** The characters of the named references ESCAPE reads. */
const NAMED: Record<string, string> = {
  lowbar: '_',
  period: '.',
  colon: ':',
  equals: '=',
  sol: '/',
  plus: '+',
};
/** At most this many escapes are rewritten in one item (a bundle of escaped strings stays a bounded view). */
const MAX_ESCAPES = 100_000;

/** Whether `bytes` holds anything that could start a character escape. */
export function mayHoldCharEscapes(bytes: Buffer): boolean {
  return anyIn(NEEDLES, bytes);
}

/**
 * Replacements writing each escape of a printable ASCII character as the character. An escaped backslash before it
 * (`\\x41`, a backslash and the text `x41`) is not an escape; non-ASCII escapes (`\u00e9` in a translation) and
 * control characters stay as they are: no key or header name holds them.
 */
export function findCharEscapes(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  ESCAPE.lastIndex = 0;
  for (let m = ESCAPE.exec(latin1); m && found.length < MAX_ESCAPES; m = ESCAPE.exec(latin1)) {
    if (m[0][0] === '\\' && escapedBackslash(latin1, m.index)) continue;
    const code =
      m[10] !== undefined
        ? NAMED[m[10]]!.charCodeAt(0)
        : m[8] !== undefined
          ? Number.parseInt(m[8], 10)
          : m[4] !== undefined
            ? Number.parseInt(m[4], 8)
            : Number.parseInt(m[1] ?? m[2] ?? m[3] ?? m[5] ?? m[6] ?? m[7] ?? m[9]!, 16);
    if (code < 0x20 || code > 0x7e) continue;
    found.push({ from: m.index, to: m.index + m[0].length, text: String.fromCharCode(code), report: m.index });
  }
  return found;
}

/** Whether the backslash at `at` is itself escaped (an odd run of backslashes before it). */
function escapedBackslash(latin1: string, at: number): boolean {
  let n = 0;
  while (at - n - 1 >= 0 && latin1[at - n - 1] === '\\') n++;
  return n % 2 === 1;
}
