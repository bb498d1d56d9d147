// Reading a file's blocks line by line, backwards from a value: what the attribution of a binding and the sections
// of a config value both walk (attribution.ts, sections.ts).

/** How far back a block header is looked for, in bytes and in lines. */
export const SCOPE_BYTES = 16 * 1024;
export const SCOPE_LINES = 400;

/** An ini or TOML section header (`[novamed]`, `[env.staging]`, `[[servers]]`), its name captured. */
export const INI_HEADER = /^[ \t]*\[\[?([^\]\n]+)\]\]?[ \t]*(?:[#;].*)?\r?$/;
/** A line holding only a comment. */
export const COMMENT_ONLY = /^[ \t]*(?:#|\/\/|;|--|\*|\/\*|<!--)/;

/** The width of a line's indentation; a YAML list item's `- ` counts as indentation. */
export function indentOf(text: string, lineStart: number): number {
  let i = lineStart;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '-') i++;
  return i - lineStart;
}

/** The start of the line holding offset `at`, or `limit` when the line starts before it (megabyte lines). */
export function lineStartAfter(text: string, at: number, limit: number): number {
  for (let i = at - 1; i >= limit; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return limit;
}
