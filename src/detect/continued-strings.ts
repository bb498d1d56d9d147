// Continued string views: a double-quoted string that goes on past a backslash at the end of its line, as shell
// (`export NOVAMED_API_KEY="abc…\` then `…xyz"`) and YAML's double-quoted scalars (the next line's indent dropped)
// write one. Read as it is, the value is cut in two and its first half taken for the key; the view writes each such
// string on one line, reported where its first half starts.
import { anyIn, byteSigns } from './byte-signs.js';
import type { Replacement } from './views.js';

/** What a continued line ends with, in LF and CRLF files. */
const CONTINUED_SIGNS = byteSigns(['\\\n', '\\\r\n']);
/**
 * A double-quoted run of key characters cut by backslash-newlines (the next lines' indents with them), up to its
 * closing quote: only runs that could be one token, so a command continued over lines is left alone.
 */
const CONTINUED_STRING = /"(?<first>[\w.+/=-]{4,})(?<rest>(?:\\\r?\n[ \t]*[\w.+/=-]+)+)"/g;
const BREAK = /\\\r?\n[ \t]*/g;
/** At most this many strings are rewritten in one item. */
const MAX_STRINGS = 10_000;

/** Whether `bytes` holds a backslash at the end of a line. */
export function mayHoldContinued(bytes: Buffer): boolean {
  return anyIn(CONTINUED_SIGNS, bytes);
}

/** Replacements writing each continued double-quoted string on one line. */
export function continuedStrings(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  for (const m of latin1.matchAll(CONTINUED_STRING)) {
    if (found.length >= MAX_STRINGS) break;
    const from = m.index + 1;
    const to = m.index + m[0].length - 1;
    const text = m.groups!.first! + m.groups!.rest!.replace(BREAK, '');
    found.push({ from, to, text, report: from, encoded: [from, to] });
  }
  return found;
}
