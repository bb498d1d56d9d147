// Terminal views: what a terminal was sent carries control sequences between the characters it shows. CI logs colour
// a command's words (`-H "Authorization: Api-Key \e[1m…\e[22m"`), bash 5.1 shows a pasted key in reverse video
// (`export NOVAMED_API_KEY=\e[7m…\e[27m` in a `script` typescript or an asciinema cast), IPython colours every token
// of a traceback's source line, and Buildkite stamps each line with an APC sequence. Saved as JSON (a notebook's
// outputs, a cast's events) or as a Python repr, the escape byte is written `\u001b`, `\x1b` or `\033`. The view drops
// each sequence, so the text reads as the terminal showed it and the ordinary bindings find the key.
import { ByteSign, SharedByteSigns } from './byte-signs.js';
import type { Replacement } from './views.js';

/**
 * Control sequences: CSI (`ESC [` parameters, intermediates, a final byte: colours, cursor moves, bracketed-paste
 * modes), OSC (`ESC ]` … BEL or `ESC \`: window titles, hyperlinks), APC, DCS and PM strings (`ESC _` … `ESC \`), and
 * CSI written as an escape of a JSON string, a Python or C literal (`\u001b[0;31m`, `\x1b[1m`, `\033[0m`).
 */
const SEQUENCE =
  /\x1b\[[0-?]{0,32}[ -/]{0,4}[@-~]|\x1b\][^\x07\x1b\n]{0,500}(?:\x07|\x1b\\)|\x1b[_P^][^\x1b\n]{0,500}\x1b\\|\\(?:u001[bB]|x1[bB]|033)\[[0-?]{0,32}[ -/]{0,4}[@-~]/g;
/**
 * What an item holds when it may hold a sequence: the escape byte, or the escape written in a string (`1b[` of JSON's
 * `\u001b[` and Python's `\x1b[`, both written in lower case by their serialisers; `033[`). Two passes over the bytes.
 */
const ESCAPE = new ByteSign('\x1b');
const WRITTEN_ESCAPES = new SharedByteSigns(0x5b, ['1b[', '033[']);
/** At most this many sequences are dropped in one item. */
const MAX_FOUND = 100_000;

/** Whether `bytes` may hold a terminal control sequence. */
export function mayHoldTerminal(bytes: Buffer): boolean {
  return ESCAPE.in(bytes) || WRITTEN_ESCAPES.in(bytes);
}

/** Replacements dropping each terminal control sequence. */
export function terminalText(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  SEQUENCE.lastIndex = 0;
  for (let m = SEQUENCE.exec(latin1); m && found.length < MAX_FOUND; m = SEQUENCE.exec(latin1)) {
    found.push({ from: m.index, to: m.index + m[0].length, text: '', report: m.index });
  }
  return found;
}
