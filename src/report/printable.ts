// Text for a terminal: names and messages come from scanned repositories and saved reports.
import { showBytes } from '../name-bytes.js';

/**
 * Control characters (newlines, ESC, BEL, C1) shown escaped (`\x1b`): a name must not drive the terminal. Bytes
 * of a name that is not UTF-8 are shown the same way (`\xff`).
 */
export function printable(text: string): string {
  return showBytes(text).replace(/[\u0000-\u001f\u007f-\u009f]/g, hex);
}

/**
 * Control characters other than tab, CR and LF shown escaped (`\x1b`): for formats that escape line breaks their own
 * way (workflow commands), where ESC or BEL would still reach a log that renders them.
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, hex);
}

function hex(ch: string): string {
  return `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
}
