// Assembled-literal views: a key written so that no string literal holds it whole, as code does to keep it from
// `strings(1)` or a scanner: character codes (`new String(new byte[]{104, 99, …})`, `bytes([…]).decode()`,
// `String.fromCharCode(…)`, Go's `[]byte{0x68, …}`, C#'s `new[] { 'h', 'c', … }`), hex given to Node's decoder
// (`Buffer.from('…', 'hex')`; Python's `bytes.fromhex("…")` bound to a key's name is decoded where the literal is taken
// for the key, item.ts) and literal pieces joined at run time
// (`"".join(["…", "…"])`, `['…', '…'].join('')`). The view writes each as one string literal, so the ordinary bindings
// find the key, reported where the codes or pieces start; a piece taken for a key itself gives way to the whole.
import { Extensions } from '../file-extensions.js';
import { type ByteSign, anyIn, byteSigns } from './byte-signs.js';
import type { Replacement } from './views.js';

/**
 * Byte strings one of which an item must hold to be looked at: the joins, array types and calls that assemble a string.
 * Each is a pass over every vendor item, so they are few and start where code rarely does (`'.join(`, not `.join(`;
 * `[]{`, not `byte[]`): sixteen passes of words like `fromhex(` or `byteArrayOf(` cost 15% of a scan of the bench
 * corpus, where half the files name a vendor. Kotlin's `byteArrayOf`, Swift's `[UInt8]` and Go's `hex.DecodeString`
 * are left out for that.
 */
const NEEDLES = byteSigns([
  "'.join(",
  '".join(',
  '].join(',
  '[]{',
  '[] {',
  ']byte{',
  'bytes([',
  'CharCode(',
  "'hex'",
  '"hex"',
]);
/**
 * Forms one language writes, looked for only in its own files (a test of the name, not a pass over the bytes):
 * Kotlin's `byteArrayOf(…)`, Swift's `[UInt8]`, Rust's `&[…]` and `b"…"`-less byte arrays, C's `char k[] = {…}`,
 * PowerShell's `[byte[]](…)`, the hex decoders of Go, Java (Commons Codec), PHP and Perl, and literals a minifier or a
 * hand left split in JavaScript (`"max_prd_"+"ak_…"`).
 */
const NEEDLES_BY_FILE: Array<[Extensions, ByteSign[]]> = (
  [
    ['kt kts', ['ArrayOf(', 'decodeHex(']],
    ['swift', ['[UInt8]']],
    ['rs', ['[u8']],
    ['c h cc cpp cxx hpp hh m mm', ['[] =', '[]={']],
    ['ps1 psm1', ['[byte[]]']],
    ['go', ['hex.DecodeString(']],
    ['java scala groovy', ['decodeHex(']],
    ['php phtml', ['hex2bin(', 'pack(']],
    ['pl pm rb', ['pack(']],
    ['js cjs mjs jsx ts cts mts tsx', ['"+"', "'+'", '" + "', "' + '"]],
  ] as Array<[string, string[]]>
).map(([extensions, needles]) => [new Extensions(extensions), byteSigns(needles)]);
/** One character code: decimal, hex, or a character literal (`'h'`, C#, Java, Rust). */
const CODE = String.raw`(?:0[xX][0-9a-fA-F]{1,2}|\d{1,3}|'[^'\\\n]')`;
/**
 * A list of at least 16 codes (shorter cannot hold a key) in brackets or braces with the array type in front
 * (`new byte[]{…}`, `[]byte{…}`, `new[] {…}`), or as a call's arguments with the call (`String.fromCharCode(…)`,
 * `byteArrayOf(…)`): the view writes the whole as the literal it spells (`bytes("…")`, `String("…")`).
 */
const CODES = new RegExp(
  String.raw`(?<type>new[ \t]+(?:byte|char|sbyte)[ \t]*\[\][ \t]*|new[ \t]*\[\][ \t]*|\[\](?:byte|rune|uint8)[ \t]*|(?<![\w$.])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?[ \t]*(?=\())?(?<open>[[{(])\s*(?<codes>(?:${CODE}\s*,\s*){15,}${CODE})\s*,?\s*[\]})]`,
  'g',
);
/** Python's `"".join(map(chr, […]))`. */
const CHR_MAP = new RegExp(
  String.raw`(?:""|'')\.join\(\s*map\(\s*chr\s*,\s*[[(]\s*(?<codes>(?:${CODE}\s*,\s*){15,}${CODE})\s*,?\s*[\])]\s*\)\s*\)`,
  'g',
);
/** Hex of text given to Node's decoder: `Buffer.from('…', 'hex')`. */
const HEX_CALL =
  /Buffer\.from\([ \t]*(?<q>["'])(?<hex>(?:[0-9a-fA-F]{2}){8,256})\k<q>[ \t]*,[ \t]*(?<hq>["'])hex\k<hq>[ \t]*\)/g;
/**
 * Hex of text given to a decoder of Go (`hex.DecodeString("…")`), Java's Commons Codec (`Hex.decodeHex("…")`), PHP
 * (`hex2bin('…')`, `pack('H*', '…')`) or Perl (`pack("H*", "…")`); Java's `new String(…, "UTF-8")` around the call
 * goes with it.
 */
const HEX_DECODE =
  /(?<wrap>\bnew[ \t]+String[ \t]*\([ \t]*)?(?:\bhex\.DecodeString|\bHex\.decodeHex|\bhex2bin|\bpack[ \t]*\([ \t]*(?<pq>["'])H\*\k<pq>[ \t]*,)[ \t]*\(?[ \t]*(?<q>["'])(?<hex>(?:[0-9a-fA-F]{2}){8,256})\k<q>(?:\.toCharArray\(\))?[ \t]*\)/g;
/** The rest of a `new String(` around a decode call: its charset and closing parenthesis. */
const WRAP_END = /^[ \t]*(?:,[^\n()]{0,60}(?:\(\))?)?[ \t]*\)/;
/** A string literal piece of a join: plain characters, no escapes or interpolation. */
const PIECE = String.raw`(?:"[^"\\\n$]*"|'[^'\\\n]*')`;
/** Python's `"".join([…])` or `"".join((…))`, JavaScript's `[…].join('')`: at least two pieces. */
const JOINS = new RegExp(
  String.raw`(?:""|'')\.join\(\s*[[(]\s*(?<py>${PIECE}(?:\s*,\s*${PIECE})+)\s*,?\s*[\])]\s*\)|\[\s*(?<js>${PIECE}(?:\s*,\s*${PIECE})+)\s*,?\s*\]\.join\(\s*(?:''|""|\x60\x60)\s*\)`,
  'g',
);
/**
 * String literals of token characters (no spaces: `"Api-Key " + "…"` is a binding of its own) joined with `+`, as
 * minifiers keep `"max_prd_"+"ak_…"` that a hand split to pass a scanner.
 */
const TOKEN_PIECE = String.raw`(?:"[\w.+/=-]*"|'[\w.+/=-]*')`;
const CONCAT = new RegExp(
  String.raw`(?<![\w$\]).])${TOKEN_PIECE}(?:[ \t]*\+[ \t]*${TOKEN_PIECE})+(?![ \t]*[\w$([])`,
  'g',
);
/** Assembled strings shorter than this cannot hold a key. */
const MIN_TEXT = 16;
/** At most this many lists are rewritten in one item. */
const MAX_FOUND = 10_000;

/** Whether `bytes`, the text of `file`, holds a call or type that assembles a string from codes or pieces. */
export function mayHoldAssembled(bytes: Buffer, file: string): boolean {
  return anyIn(NEEDLES, bytes) || NEEDLES_BY_FILE.some(([name, needles]) => name.test(file) && anyIn(needles, bytes));
}

/** Replacements writing each list of printable character codes, and each join of literal pieces, as one literal. */
export function findAssembled(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  const add = (from: number, to: number, text: string) => {
    if (text.length < MIN_TEXT || found.length >= MAX_FOUND) return;
    found.push({ from, to, text: `"${text}"`, report: from, encoded: [from, to] });
  };
  for (const m of latin1.matchAll(CODES)) {
    const text = decodeCodes(m.groups!.codes!);
    if (text !== undefined) add(m.index, m.index + m[0].length, text);
  }
  for (const m of latin1.matchAll(CHR_MAP)) {
    const text = decodeCodes(m.groups!.codes!);
    if (text !== undefined) add(m.index, m.index + m[0].length, text);
  }
  for (const hexCall of [HEX_CALL, HEX_DECODE])
    for (const m of latin1.matchAll(hexCall)) {
      const bytes = Buffer.from(m.groups!.hex!, 'hex');
      const to = m.index + m[0].length;
      // Without the wrapper's end, the call alone is rewritten.
      const wrapped = m.groups!.wrap ? WRAP_END.exec(latin1.slice(to, to + 80)) : null;
      const from = m.groups!.wrap && !wrapped ? m.index + m.groups!.wrap.length : m.index;
      if (!bytes.some((byte) => byte < 0x20 || byte > 0x7e))
        add(from, to + (wrapped?.[0].length ?? 0), bytes.toString('latin1'));
    }
  for (const m of latin1.matchAll(CONCAT)) {
    const pieces = m[0].match(new RegExp(TOKEN_PIECE, 'g'))!;
    add(m.index, m.index + m[0].length, pieces.map((p) => p.slice(1, -1)).join(''));
  }
  for (const m of latin1.matchAll(JOINS)) {
    const pieces = (m.groups!.py ?? m.groups!.js!).match(new RegExp(PIECE, 'g'))!;
    add(m.index, m.index + m[0].length, pieces.map((p) => p.slice(1, -1)).join(''));
  }
  return found;
}

/**
 * The text a list of codes spells, or undefined unless every code is a printable ASCII character; a last code of 0 is
 * C's terminator (`char k[] = {'h', …, 0}`).
 */
function decodeCodes(list: string): string | undefined {
  let text = '';
  const codes = list.split(',');
  if (codes.length > 1 && /^\s*(?:0|0x0+)\s*$/i.test(codes[codes.length - 1]!)) codes.pop();
  for (const raw of codes) {
    const code = raw.trim();
    const value = code.startsWith("'") ? code.charCodeAt(1) : Number(code);
    if (!(value >= 0x20 && value <= 0x7e)) return undefined;
    text += String.fromCharCode(value);
  }
  return text;
}
