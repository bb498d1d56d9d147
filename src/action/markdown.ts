// Text from the scanned repository (file names, custom rules' messages) shown in GitHub Markdown as plain text.

import { showBytes } from '../name-bytes.js';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * What GitHub links in rendered text, Markdown escapes or not: issue references (`#12`, `org/repo#12`, `GH-12`),
 * mentions (`@team`, which notify) and bare URLs (`www.…`, `scheme://…`). Each is matched up to its lead
 * character, after which a word joiner (U+2060, invisible) breaks the pattern and leaves the text as it reads.
 */
const AUTOLINK_LEADS = /[#@]|\bGH-|\bwww(?=\.)|\b[a-z][a-z0-9+.-]*:(?=\/\/)/gi;

/**
 * `text` as plain text in GitHub Markdown: HTML and the punctuation of links, images, code, headings and emphasis
 * are escaped, and references, mentions and bare URLs broken (see AUTOLINK_LEADS), so that a name or a custom
 * rule's message cannot add a link, an image, a hidden comment, a ping or a cross-reference in another issue.
 */
export function plainMarkdown(text: string): string {
  return showBytes(text)
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c]!)
    .replace(/[\\`*_[\]()!|~@#]/g, '\\$&')
    .replace(AUTOLINK_LEADS, '$&\u2060');
}
