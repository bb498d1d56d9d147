// TOML multi-line string views: a line break right after the opening `"""` or `'''` is not part of the string (TOML
// 1.0), so `key = """` then the value on the next line is `key = "value"` to TOML. Read as it is, the value sits on a
// line of its own with no name before it; the view drops that line break (and, when the string is that one line, the
// break before its closing delimiter, which code strips), and the value is reported where it is.
import { Extensions } from '../file-extensions.js';
import { byteSigns } from './byte-signs.js';
import type { Replacement } from './views.js';

/** TOML files by name (`config.toml`, `wrangler.toml`, `Cargo.toml`, `pyproject.toml`, `netlify.toml`). */
export const TOML_FILE = new Extensions('toml');
/** What a multi-line string that opens with a line break starts with, in LF and CRLF files. */
export const TOML_STRING_SIGNS = byteSigns(['"""\n', "'''\n", '"""\r\n', "'''\r\n"]);
/**
 * An opening delimiter right after a key's `=`, then the line break (and the next line's indent) the view drops; when one line closes the string on
 * the next, that line and the break (with the indent) before the closing delimiter.
 */
const OPENS_WITH_BREAK = /=[ \t]*("""|''')(\r?\n[ \t]*)(?:([^\r\n"']{1,512})(\r?\n[ \t]*)\1)?/g;
/** At most this many strings are rewritten in one item. */
const MAX_STRINGS = 10_000;

/** Replacements dropping the line break that opens each multi-line string bound to a key. */
export function multilineStrings(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  for (const m of latin1.matchAll(OPENS_WITH_BREAK)) {
    if (found.length >= MAX_STRINGS) break;
    const from = m.index + m[0].indexOf(m[2]!);
    const to = from + m[2]!.length;
    found.push({ from, to, text: '', report: to });
    if (m[4] !== undefined) {
      const close = to + m[3]!.length;
      found.push({ from: close, to: close + m[4].length, text: '', report: close });
    }
  }
  return found;
}
