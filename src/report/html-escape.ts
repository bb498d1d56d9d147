// Escaping for the HTML report: file names, rule messages and commit authors are attacker-controlled.
import { showBytes } from '../name-bytes.js';
import { escapeControls } from './printable.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for use in HTML content and quoted attribute values; a name's bytes that are not UTF-8 as `\xff`, and
 * control characters as `\x1b`: a report is also read with `cat` and `less -R`, where a commit author's OSC 52 wrote
 * the reader's clipboard and `\x1b[2J` cleared the screen.
 */
export function escapeHtml(value: unknown): string {
  return escapeControls(showBytes(String(value ?? ''))).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** JSON safe inside a `<script type="application/json">` block: no `<` can close the element or open a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
