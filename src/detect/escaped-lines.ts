// Escaped line views: a document serialised into a string writes its line breaks as `\n` — a Helm release's values in
// Terraform state (`"values": ["novamed:\n  apiKey: …\n"]`), a ConfigMap's file dumped by kubectl
// (`application.yaml: "novamed:\n  api-key: …\n"`), an Argo CD Application's `helm.values`. Read as it is, the whole
// document is one line and a generic name under the vendor's block has no block. The view writes as a line break each
// `\n` that begins a mapping's entry (an indented `name:`) or ends the string, and opens a string that starts with a
// block's name, so the document's blocks are lines again.
import { ByteSign } from './byte-signs.js';
import type { Replacement } from './views.js';

/** What such a string holds: an escaped line break before an indented line. */
const SIGN = new ByteSign('\\n  ');
/**
 * An escaped line break (`\n`, `\r\n`, not an escaped backslash before an `n`) before a YAML mapping entry, or ending
 * the string (so that the last entry's value ends its line); and the place after a string's opening quote where a
 * block's name starts it (`"stripe:\n  apiKey: …`), so that the first block starts a line as the others do.
 */
const BREAK =
  /(?<!\\)(?:\\r)?\\n(?=[ \t]*(?:- )?[A-Za-z_][\w.-]{0,80}:(?:[ \t]|\\n|$)|")|(?<=")(?=[A-Za-z_][\w.-]{0,80}:(?:\\r)?\\n)/g;
/** At most this many breaks are written in one item. */
const MAX_FOUND = 100_000;

/** Whether `bytes` may hold a YAML document written into a string. */
export function mayHoldEscapedLines(bytes: Buffer): boolean {
  return SIGN.in(bytes);
}

/** Replacements writing each escaped line break before a mapping entry (or a string's first block) as a line break. */
export function escapedLines(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(latin1); m && found.length < MAX_FOUND; m = BREAK.exec(latin1)) {
    found.push({ from: m.index, to: m.index + m[0].length, text: '\n', report: m.index });
    if (m[0].length === 0) BREAK.lastIndex++;
  }
  return found;
}
