// Text from the scanned repository (file names, custom rules' messages) shown in GitHub Markdown as plain text.

import { showBytes } from '../name-bytes.js';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * `text` as plain text in GitHub Markdown: HTML, the punctuation of links, images, code and emphasis, and `@`
 * (a mention notifies whoever it names) are escaped, so that a name or a custom rule's message cannot add a
 * link, an image, a hidden comment or a ping.
 */
export function plainMarkdown(text: string): string {
  return showBytes(text)
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c]!)
    .replace(/[\\`*_[\]()!|~@]/g, '\\$&');
}
