// Java .properties views: a line that ends in an unescaped backslash goes on on the next line, whose leading
// whitespace is dropped (`novamed.api-key=abc…\` then `    …xyz`). Read as it is, the value is cut in two and its
// first half taken for the key; the view writes each such value on one line, reported where the value starts.
import { Extensions } from '../file-extensions.js';
import type { Replacement } from './views.js';

/** Java properties files by name. */
export const PROPERTIES_FILE = new Extensions('properties');
/** A physical line that goes on: an odd run of backslashes before its end. */
const CONTINUED = /(?<!\\)(?:\\\\)*\\\r?\n/g;
/** A line that goes on, from its start to its line break; and the continuation at its end, to drop. */
const GOES_ON = /(?<!\\)(?:\\\\)*\\\r?\n$/;
const CONTINUATION = /\\\r?\n$/;
/** Continuations before a value's first character, with the indents after them. */
const LEADING_BREAK = /^(?:\\\r?\n[ \t\f]*)+/;
/** What the line after a continuation starts with and the view drops. */
const INDENT = /^[ \t\f]*/;
/** Where a line's value starts: after its key and the first `=` or `:` (the line's start when it has neither). */
const KEY = /^[ \t\f]*(?:[^=:\s\\]|\\.)*[ \t\f]*[=:][ \t\f]*/;
/** At most this many logical lines are rewritten in one item. */
const MAX_LINES = 10_000;

/** Replacements writing each continued value of a properties item on one line. */
export function continuedValues(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  CONTINUED.lastIndex = 0;
  for (let m = CONTINUED.exec(latin1); m && found.length < MAX_LINES; m = CONTINUED.exec(latin1)) {
    const lineStart = latin1.lastIndexOf('\n', m.index - 1) + 1;
    let from = lineStart + (KEY.exec(latin1.slice(lineStart, m.index))?.[0].length ?? 0);
    // A value that starts on the next line (`key = \`) starts there.
    const lead = LEADING_BREAK.exec(latin1.slice(from, from + 256));
    if (lead) from += lead[0].length;
    let text = '';
    let at = from;
    // Each physical line of the value, its continuation dropped and the next line's indent with it.
    for (;;) {
      const end = latin1.indexOf('\n', at);
      const to = end === -1 ? latin1.length : end + 1;
      const line = latin1.slice(at, to);
      if (!GOES_ON.test(line) || to >= latin1.length) {
        text += line.replace(/\r?\n$/, '');
        at = end === -1 ? to : end;
        break;
      }
      text += line.replace(CONTINUATION, '');
      at = to + INDENT.exec(latin1.slice(to, to + 256))![0].length;
    }
    found.push({ from, to: at, text, report: from, encoded: [from, at] });
    CONTINUED.lastIndex = at;
  }
  return found;
}
