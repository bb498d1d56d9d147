// Pickle views: Python's protocol 0 (the default of Python 2, still `pickle.dumps(obj, 0)` and `protocol=0` caches) is
// text, one opcode a line: a dict's entry is its key's string, a memo put, its value's string, a memo put, `s`
// (`(dp0\nVnovamed_api_key\np1\nV…\np2\ns`). A key and its name are lines apart, with no binding between them; the view
// writes each entry of two strings as `"name": "value"` on one line, reported where the value's string starts.
import { Extensions } from '../file-extensions.js';
import type { Replacement } from './views.js';

/** Pickle files by name. */
export const PICKLE_FILE = new Extensions('pkl pickle pck');
/** A string opcode with its text: `S'…'` / `S"…"` (bytes, Python 2's str) or `V…` (unicode, raw-unicode-escape). */
const STRING = String.raw`(?:S'(?<q1>[^'\n]*)'|S"(?<q2>[^"\n]*)"|V(?<v1>[^\n]*))`;
const VALUE = String.raw`(?:S'(?<q3>[^'\n]*)'|S"(?<q4>[^"\n]*)"|V(?<v2>[^\n]*))`;
/** A dict entry of two strings: the key, an optional memo put, the value, an optional memo put, then SETITEM. */
const ENTRY = new RegExp(String.raw`(?<=^|\n|\ns|\n\()${STRING}\n(?:p\d+\n)?(?<value>${VALUE})\n(?:p\d+\n)?s`, 'g');
/** At most this many entries are rewritten in one item. */
const MAX_FOUND = 10_000;

/** Whether `bytes` opens as a protocol 0 pickle (a mark, a dict or list, an instance, a global). */
export function mayHoldPickle(file: string, bytes: Buffer): boolean {
  return PICKLE_FILE.test(file) && (bytes[0] === 0x28 || bytes[0] === 0x63) && bytes.includes('\np');
}

/** Replacements writing each entry of two strings as a `"name": "value"` line. */
export function pickleEntries(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  for (const m of latin1.matchAll(ENTRY)) {
    if (found.length >= MAX_FOUND) break;
    const g = m.groups!;
    const name = g.q1 ?? g.q2 ?? g.v1!;
    const value = g.q3 ?? g.q4 ?? g.v2!;
    const at = m.index + m[0].indexOf(g.value!, name.length + 1);
    found.push({ from: m.index, to: m.index + m[0].length, text: `\n"${name}": "${value}",\n`, report: at + 1 });
  }
  return found;
}
