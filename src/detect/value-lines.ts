// Values on a later line than their name: a formatter breaks a long binding after its `=` or `:` (Prettier's
// `const NOVAMED_KEY =` then `  '…';`, gofmt'd and rustfmt'd constants, a YAML or JSON value pushed down), and people
// put a blank line or a comment between the two. The rules read a binding on one line; the view writes the break (with
// the blank and comment lines in it) as one space, and the value is reported where it is.
import { anyIn, byteSigns } from './byte-signs.js';
import type { Replacement } from './views.js';

/** What a line ending in a binding separator shows, in LF and CRLF files. */
const VALUE_LINE_SIGNS = byteSigns(['=\n', ':\n', '= \n', ': \n', '=\r\n', ':\r\n']);
/**
 * A separator that ends its line (not `==`, `!=`, `<=`, `::`), up to three blank or comment lines, then the line that
 * starts with the value: a quoted literal (with a string prefix: `r"…"`, `@"…"`) or a lone key-shaped token (a YAML
 * plain scalar). A line opening a block, a list or a nested map is no value.
 */
const BROKEN_BINDING =
  /(?<![=!<>:])(?:=>|:=|=|:)[ \t]*((?:\r?\n[ \t]*(?:(?:#|\/\/)[^\r\n]*)?(?=\r?\n)){0,3}\r?\n[ \t]*)(?=(?:[rbfu]|rb|br|@)?["'`][^\s"'`]|[A-Za-z0-9+/_.=-]{16,}[ \t]*(?:\r?\n|$))/g;
/** At most this many breaks are dropped in one item. */
const MAX_BREAKS = 10_000;

/** Whether `bytes` holds a line that ends in `=` or `:`. */
export function mayHoldValueLines(bytes: Buffer): boolean {
  return anyIn(VALUE_LINE_SIGNS, bytes);
}

/** Replacements writing each break between a separator and the value below it as one space. */
export function valueLines(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  for (const m of latin1.matchAll(BROKEN_BINDING)) {
    if (found.length >= MAX_BREAKS) break;
    const to = m.index + m[0].length;
    const from = to - m[1]!.length;
    found.push({ from, to, text: ' ', report: to });
  }
  return found;
}
