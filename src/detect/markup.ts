// Highlighted-code views: code blocks of rendered documentation (Sphinx, MkDocs, Jekyll, a notebook exported to HTML)
// split each token into its own element (`<span class="s2">&quot;x-api-key&quot;</span><span class="p">:</span>`), so a
// header and its key never stand side by side in the text. Inside each `<pre>` block the view drops the tags and
// unescapes the quotes, so the code reads as written; a key is reported where it stands.
import { Extensions } from '../file-extensions.js';
import { ENTITY_TEXT, type Replacement } from './views.js';

/** Rendered pages by name. */
export const MARKUP_FILE = new Extensions('htm html xhtml');
/** A tag or a quote's character reference inside a code block. */
const TAG = /<\/?[a-z][^<>]{0,200}>|&(?:quot|#34|#x22|apos|#39|#x27|amp|lt|gt);/gi;
/** At most this many tags and references are rewritten in one item. */
const MAX_REPLACEMENTS = 100_000;

/** Whether a page may hold highlighted code: a code block with elements inside. */
export function mayHoldHighlighted(file: string, bytes: Buffer): boolean {
  return MARKUP_FILE.test(file) && bytes.includes('<pre') && bytes.includes('<span');
}

/**
 * Replacements dropping the tags of every code block and unescaping its character references. Blocks are found by
 * `indexOf` (as generators write them, in lower case): a page of unclosed `<pre` costs one pass, not one per opener.
 */
export function highlightedCode(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  for (let open = latin1.indexOf('<pre'); open !== -1; ) {
    if (!/[\s>]/.test(latin1[open + 4] ?? '')) {
      open = latin1.indexOf('<pre', open + 4);
      continue;
    }
    const from = latin1.indexOf('>', open) + 1;
    const to = from === 0 ? -1 : latin1.indexOf('</pre>', from);
    if (to === -1) break;
    TAG.lastIndex = from;
    for (let m = TAG.exec(latin1); m && m.index < to && found.length < MAX_REPLACEMENTS; m = TAG.exec(latin1)) {
      const text = m[0].startsWith('&') ? ENTITY_TEXT[m[0].toLowerCase()]! : '';
      found.push({ from: m.index, to: m.index + m[0].length, text, report: m.index });
    }
    open = latin1.indexOf('<pre', to);
  }
  return found;
}
