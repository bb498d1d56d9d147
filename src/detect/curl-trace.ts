// curl trace views: `curl --trace-ascii` writes what it sent as lines of an offset and at most 64 characters
// (`005d: Authorization: Bearer <key>…` then `009d: v`), so a header or a JSON body longer than that is cut
// across lines, the key with it. In items that hold curl's `=> Send header` or `=> Send data`, the view joins each
// line whose offset continues the line before it (64 more, after a full line) to that line.
import { type Replacement, type ViewSigns, sawSign } from './views.js';

/** A line of a block: its offset in hex, a colon, a space, the bytes as characters. */
const LINE = /^([0-9a-f]{4,8}): ([^\n]*)$/gm;
/** How many characters curl writes a line in ASCII traces. */
const WIDTH = 64;
/** At most this many lines are joined in one item. */
const MAX_FOUND = 100_000;

/**
 * Whether the item may be a curl trace: its keyword pass saw the mark before each block of sent bytes (`=> Send
 * header`, `=> Send data`).
 */
export function mayHoldCurlTrace(signs: ViewSigns): boolean {
  return sawSign(signs, '=> Send ');
}

/** Replacements joining each cut line of a trace to the line it continues. */
export function curlTraceLines(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  let last = { offset: -1, full: false, start: -1, end: -1 };
  LINE.lastIndex = 0;
  for (let m = LINE.exec(latin1); m && found.length < MAX_FOUND; m = LINE.exec(latin1)) {
    const offset = Number.parseInt(m[1]!, 16);
    const start = m.index + m[1]!.length + 2;
    // The line break and the next offset go: what was sent reads on as one line. The cut line is replaced whole, so
    // that its first part, once taken for a key, gives way to the key it begins.
    if (last.full && offset === last.offset + WIDTH && m.index === last.end + 1) {
      const text = latin1.slice(last.start, last.end);
      found.push({ from: last.start, to: start, text, report: last.start, encoded: [last.start, start] });
    }
    last = { offset, full: m[2]!.length === WIDTH, start, end: m.index + m[0].length };
  }
  return found;
}
