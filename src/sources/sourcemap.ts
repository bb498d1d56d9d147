// Source maps carry the original sources in `sourcesContent`: keys that the bundler minified away
// can survive there, JSON-escaped, and ship to every browser that loads the map.

/** Maps larger than this are scanned as text only (their sourcesContent is not decoded). */
export const MAX_SOURCE_MAP_BYTES = 64 * 1024 * 1024;
/** Longest source name kept from a map. */
export const MAX_SOURCE_NAME = 300;

/** One original source embedded in a map. */
export interface EmbeddedSource {
  /** The source's name as the map gives it (sourceRoot applied). */
  name: string;
  content: string;
}

/** True for names of source-map files. */
export function isSourceMap(file: string): boolean {
  return /\.map$/i.test(file);
}

/** The embedded sources of a map, or a reason why there are none to read. */
export function embeddedSources(map: Buffer): EmbeddedSource[] | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(map.toString('utf8'));
  } catch {
    return { error: 'source map is not valid JSON; scanned as text only' };
  }
  if (typeof parsed !== 'object' || parsed === null)
    return { error: 'source map is not a JSON object; scanned as text only' };
  const { sources, sourcesContent, sourceRoot } = parsed as Record<string, unknown>;
  if (!Array.isArray(sourcesContent)) return [];
  const root = typeof sourceRoot === 'string' && sourceRoot !== '' ? sourceRoot.replace(/\/?$/, '/') : '';
  const out: EmbeddedSource[] = [];
  sourcesContent.forEach((content, i) => {
    if (typeof content !== 'string') return;
    const name =
      Array.isArray(sources) && typeof sources[i] === 'string' ? `${root}${sources[i] as string}` : `source ${i}`;
    // The name is the map's to choose: cut to a display length and made well-formed (a lone surrogate breaks URIs).
    out.push({ name: name.slice(0, MAX_SOURCE_NAME).toWellFormed(), content });
  });
  return out;
}
