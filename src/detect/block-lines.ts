// Reading a file's blocks line by line, backwards from a value: what the attribution of a binding and the sections
// of a config value both walk (attribution.ts, sections.ts).

/** How far back a block header is looked for, in bytes and in lines. */
const SCOPE_BYTES = 16 * 1024;
const SCOPE_LINES = 400;

/**
 * An ini or TOML section header (`[novamed]`, `[env.staging]`, `[[servers]]`), its name captured; on a file's first
 * line after a UTF-8 byte-order mark too (Windows editors write one), decoded or read as latin1.
 */
const INI_HEADER = /^(?:\ufeff|\u00ef\u00bb\u00bf)?[ \t]*\[\[?([^\]\n]+)\]\]?[ \t]*(?:[#;].*)?\r?$/;
/**
 * An attribute of C#, F# or PowerShell by its form alone: F#'s `[<Literal>]`, or one given arguments
 * (`[JsonPropertyName("key")]`, `[Parameter(Mandatory)]`).
 */
const ATTRIBUTE_NAME = /^(?:<|[a-z_][\w.]*\()/i;
/**
 * What follows an attribute (`[Required]`): the declaration it heads (a modifier, F#'s `let`/`member`, a typed
 * parameter `[string]$ApiKey`). A line `[Required]` reads as an ini header; taken for one, it cut
 * `public string ApiKey … = "…"` below it off from the vendor its class and file name.
 */
const DECLARATION =
  /^[ \t]*(?:\[|(?:public|private|protected|internal|static|readonly|const|sealed|abstract|override|virtual|partial|required|let|member|val|type)[ \t]+(?![ \t=:]))/;

/**
 * The name of the ini or TOML section a line (starting at `start`) opens, or undefined: also for an attribute, on a
 * line of its own like a section header, that heads the declaration below it.
 */
export function iniSection(text: string, start: number, line: string): string | undefined {
  const name = INI_HEADER.exec(line)?.[1];
  if (name === undefined) return undefined;
  if (ATTRIBUTE_NAME.test(name)) return undefined;
  let next = text.indexOf('\n', start) + 1;
  // Attributes stack (`[Required]` over `[Url]` over the property): the first line that is not one decides.
  for (let lines = 0; next > 0 && lines < 8; lines++) {
    const end = text.indexOf('\n', next);
    const below = text.slice(next, end === -1 ? text.length : end);
    if (below.trim() !== '' && !INI_HEADER.test(below)) return DECLARATION.test(below) ? undefined : name;
    if (end === -1) break;
    next = end + 1;
  }
  return name;
}
/** A line holding only a comment. */
const COMMENT_ONLY = /^[ \t]*(?:#|\/\/|;|--|\*|\/\*|<!--)/;

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

/**
 * The lines above `lineStart` that hold more than a comment, nearest first, with their starts: at most
 * SCOPE_LINES lines back (blank and comment lines count) and SCOPE_BYTES bytes.
 */
export function* contentLinesAbove(text: string, lineStart: number): Generator<{ start: number; line: string }> {
  const limit = Math.max(0, lineStart - SCOPE_BYTES);
  let start = lineStart;
  for (let lines = 0; start > limit && lines < SCOPE_LINES; lines++) {
    const end = start - 1;
    start = lineStartAfter(text, end, limit);
    const line = text.slice(start, end);
    if (line.trim() === '' || COMMENT_ONLY.test(line)) continue;
    yield { start, line };
  }
}
