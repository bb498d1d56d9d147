// Hex-dump views: a config shown by `xxd`, `hexdump -C`, `od -A x -t x1z` or `od -c` (pasted into an issue, a log, a
// notes file), or a request captured by `tcpdump -X` or `tshark -x`, holds its key as hex byte columns, or as one
// character per column, cut every 16 bytes; `xxd -i` writes it as a C array to embed in firmware. Nothing of the key or its name is left as text. The view writes each dump
// line as the bytes it shows, so the dump reads as the file it was made from and the ordinary bindings find the key,
// reported at the line where it starts. A dump is only read from its first line (offset 0) on, and each line's offset
// must count the bytes before it: lines that merely start with hex digits are no dump.
import { Extensions } from '../file-extensions.js';
import { ByteSign } from './byte-signs.js';
import type { Replacement } from './views.js';

/** How far into an item a dump's first line is looked for: dumps are files or pasted near a note's top. */
const HEAD = 4096;
/**
 * A dump's first line: offset zero (7 octal digits for `od`, 6 for `od -A x`, 8 for `xxd` and `hexdump`, 4 for
 * `tshark -x`, `0x0000:` indented for `tcpdump -X`).
 */
const FIRST_LINE = /(?:^|\n)[ \t]*(?:0x)?0{4,8}:? [ 0-9a-fA-F\\]/;
/**
 * What `xxd -i` writes before its bytes, looked for in C and C++ files only (where its output is included from): a
 * search of every item for it ran on each `]` of every bundle.
 */
const C_ARRAY_SIGN = new ByteSign('[] = {\n  0x');
const C_FILE = new Extensions('c h cc cpp cxx hpp hh hxx inc ino');
/** One line of a dump: its offset and the rest (hex columns, or `od -c`'s character columns, then any text column). */
const DUMP_LINE = /^[ \t]*(?:0x)?(?<offset>[0-9a-fA-F]{4,8})(?<colon>:?)(?<rest>.*)$/;
/** `xxd -p`: plain hex, 60 digits a line; the first line must be whole. */
const PLAIN_FIRST = /^[0-9a-f]{60}\r?\n/;
const PLAIN_HEAD = /^[0-9a-f]{60}[\r\n]/;
const PLAIN_LINE = /^[0-9a-f]{2,60}$/;
/** `xxd -i`'s array body: lines of `0xHH, ` up to the closing brace. */
const C_ARRAY = /\[\] = \{\n(?<body>(?:[ \t]*0x[0-9a-fA-F]{2}(?:,[ \t]*0x[0-9a-fA-F]{2})*,?\n)+)\};/g;
const C_BYTE = /0x([0-9a-fA-F]{2})/g;
/** `od -c`'s names of control characters. */
const OD_ESCAPES: Record<string, number> = {
  '\\0': 0,
  '\\a': 7,
  '\\b': 8,
  '\\t': 9,
  '\\n': 10,
  '\\v': 11,
  '\\f': 12,
  '\\r': 13,
};
/** At most this many dump lines are rewritten in one item. */
const MAX_LINES = 100_000;

/** Whether `bytes`, the text of `file`, may hold a hex dump: a dump line at offset zero near its start, or an `xxd -i` array. */
export function mayHoldHexDump(bytes: Buffer, file: string): boolean {
  const head = bytes.subarray(0, HEAD);
  if (head.indexOf('0000') !== -1 && FIRST_LINE.test(head.toString('latin1'))) return true;
  // PLAIN_HEAD needs a line break after 60 digits: other files never have it compiled.
  const plain = (bytes[60] === 0x0a || bytes[60] === 0x0d) && PLAIN_HEAD.test(bytes.toString('latin1', 0, 61));
  return plain || (C_FILE.test(file) && C_ARRAY_SIGN.in(bytes));
}

/** Replacements writing each line of each dump as the bytes it shows. */
export function hexDumpLines(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  const lines = splitLines(latin1);
  if (PLAIN_FIRST.test(latin1)) addPlain(lines, found);
  else addOffsetLines(lines, found);
  addCArrays(latin1, found);
  return found;
}

/** Lines of dumps with offsets, each dump from offset zero while each offset counts the bytes before it. */
function addOffsetLines(lines: ReturnType<typeof splitLines>, found: Replacement[]): void {
  let dumped = -1;
  for (const line of lines) {
    if (found.length >= MAX_LINES) break;
    const m = DUMP_LINE.exec(line.text);
    const bytes = m ? dumpBytes(m.groups!.colon!, m.groups!.rest!) : undefined;
    const offset = m ? m.groups!.offset! : '';
    const first = /^0+$/.test(offset);
    // Each packet of `tcpdump -X` is dumped from offset zero again.
    if (!bytes || !(first || (dumped !== -1 && atOffset(offset, dumped)))) {
      dumped = -1;
      continue;
    }
    if (first) dumped = 0;
    dumped += bytes.length;
    found.push({ from: line.from, to: line.next, text: bytes.toString('latin1'), report: line.from });
  }
}

/** An item's lines: where each starts, where the next starts, and its text without the line break. */
function splitLines(latin1: string): Array<{ from: number; next: number; text: string }> {
  const lines = [];
  for (let from = 0; from < latin1.length; ) {
    const end = latin1.indexOf('\n', from);
    const next = end === -1 ? latin1.length : end + 1;
    lines.push({ from, next, text: latin1.slice(from, end === -1 ? next : end).replace(/\r$/, '') });
    from = next;
  }
  return lines;
}

/** Whether a line's offset counts the bytes before it, in hex (`xxd`, `hexdump`, `od -A x`) or octal (`od`). */
function atOffset(offset: string, count: number): boolean {
  return Number.parseInt(offset, 16) === count || (/^[0-7]+$/.test(offset) && Number.parseInt(offset, 8) === count);
}

/**
 * The bytes a dump line shows after its offset, or undefined if it is no dump line. `od -c` right-aligns each
 * character in four columns (`   a`, `  \n`, ` 302`), so each column opens with a space, which no hex column does.
 * Hex columns are all of the rest (`od -t x1`) or end two spaces before a text column (`|…|` of `hexdump -C`, `>…<`
 * of `od … z`, bare for `xxd`, `tcpdump -X`, `tshark -x`), which shows the same bytes: the text may hold anything,
 * two spaces or `|` included, so the column is told from the hex by agreeing with it.
 */
function dumpBytes(colon: string, rest: string): Buffer | undefined {
  const characters = !colon && rest.startsWith('  ') ? odCharacters(rest) : undefined;
  if (characters) return characters;
  const whole = hexBytes(rest);
  if (whole) return whole;
  for (const gap of rest.matchAll(GAP)) {
    const bytes = hexBytes(rest.slice(0, gap.index));
    if (!bytes) continue;
    // The text may open with spaces of its own: two (`xxd`, `hexdump -C`) or three (`tshark -x`) are the gap's.
    for (let text = gap.index + 2; text <= gap.index + gap[0].length; text++)
      if (shows(rest.slice(text), bytes)) return bytes;
  }
  return undefined;
}

/** Where a text column may start: after two spaces or more (its own runs of spaces are tried too, as hex). */
const GAP = / {2,}/g;

/** The bytes of hex columns (pairs of digits in groups of up to 8 bytes), or undefined. */
function hexBytes(columns: string): Buffer | undefined {
  const hex = columns.replace(/[ \t]+/g, '');
  return hex.length > 0 && /^(?:[0-9a-fA-F]{2})+$/.test(hex) ? Buffer.from(hex, 'hex') : undefined;
}

/**
 * Whether a text column shows `bytes`: each printable byte as itself, any other as `.`; the spaces that end a line may
 * have been trimmed when it was pasted.
 */
function shows(column: string, bytes: Buffer): boolean {
  const text = /^\|.*\|$|^>.*<$/.test(column) ? column.slice(1, -1) : column;
  if (text.length > bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    const shown = i < text.length ? text.charCodeAt(i) : 0x20;
    if (byte >= 0x20 && byte < 0x7f ? shown !== byte : shown !== 0x2e) return false;
  }
  return true;
}

/** The bytes of an `od -c` line: a character, an escape or three octal digits in each four columns. */
function odCharacters(rest: string): Buffer | undefined {
  // A line that ends with a space may have lost it when it was pasted.
  const columns = rest.padEnd(Math.ceil(rest.length / 4) * 4);
  const bytes: number[] = [];
  for (let at = 0; at < columns.length; at += 4) {
    const field = columns.slice(at, at + 4);
    if (field[0] !== ' ') return undefined;
    const shown = field.trimStart();
    if (shown === '') bytes.push(0x20);
    else if (shown.length === 1) bytes.push(shown.charCodeAt(0));
    else if (OD_ESCAPES[shown] !== undefined) bytes.push(OD_ESCAPES[shown]!);
    else if (/^[0-7]{3}$/.test(shown)) bytes.push(Number.parseInt(shown, 8));
    else return undefined;
  }
  return Buffer.from(bytes);
}

/** `xxd -p` from the item's start: each line its bytes, while the lines are hex and the bytes are text. */
function addPlain(lines: ReturnType<typeof splitLines>, found: Replacement[]): void {
  const run: Replacement[] = [];
  for (const line of lines) {
    if (!PLAIN_LINE.test(line.text) || line.text.length % 2 !== 0) break;
    const bytes = Buffer.from(line.text, 'hex');
    if (bytes.some((byte) => (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f)) return;
    run.push({ from: line.from, to: line.next, text: bytes.toString('latin1'), report: line.from });
  }
  found.push(...run);
}

/** Each line of an `xxd -i` array as the bytes it lists. */
function addCArrays(latin1: string, found: Replacement[]): void {
  for (const m of latin1.matchAll(C_ARRAY)) {
    let from = m.index + m[0].indexOf('\n') + 1;
    for (const line of m.groups!.body!.split(/(?<=\n)/)) {
      const bytes = Buffer.from(Array.from(line.matchAll(C_BYTE), (b) => Number.parseInt(b[1]!, 16)));
      found.push({ from, to: from + line.length, text: bytes.toString('latin1'), report: from });
      from += line.length;
    }
  }
}
