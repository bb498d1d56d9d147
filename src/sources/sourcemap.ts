// Source maps carry the original sources in `sourcesContent`: keys that the bundler minified away
// can survive there, JSON-escaped, and ship to every browser that loads the map.
import { Extensions } from '../file-extensions.js';

/** Maps larger than this are scanned as text only (their sourcesContent is not decoded). */
export const MAX_SOURCE_MAP_BYTES = 64 * 1024 * 1024;
/** Longest source name kept from a map. */
export const MAX_SOURCE_NAME = 300;
/**
 * Embedded sources decoded per map. Each is scanned as an item of its own, so their number, not their bytes, is what
 * a map can multiply: 12 million one-character entries (48 MB) cost 43 s of CPU and 1.9 GB. Real maps hold a few
 * thousand (a whole application's bundle); past this the rest are left to the scan of the map's own text.
 */
export const MAX_EMBEDDED_SOURCES = 20_000;

/** One original source embedded in a map. */
export interface EmbeddedSource {
  /** The source's name as the map gives it (sourceRoot applied). */
  name: string;
  content: string;
}

/** The embedded sources read from a map, and how many more it holds than were read. */
export interface EmbeddedSources {
  sources: EmbeddedSource[];
  skipped: number;
}

const MAP_FILE = new Extensions('map');

/** True for names of source-map files. */
export function isSourceMap(file: string): boolean {
  return MAP_FILE.test(file);
}

/** Raised by the skim on text that is not JSON. */
class NotJson extends Error {}

/**
 * The embedded sources of a map, or a reason why there are none to read. The map is skimmed, not parsed whole: only
 * `sources`, `sourceRoot` and the first MAX_EMBEDDED_SOURCES entries of `sourcesContent` become strings, so a map of
 * millions of tiny entries (or of anything else) costs one pass over its text.
 */
export function embeddedSources(map: Buffer): EmbeddedSources | { error: string } {
  const text = map.toString('utf8');
  try {
    const members = objectMembers(text);
    if (!members) return { error: 'source map is not a JSON object; scanned as text only' };
    const contents = members.get('sourcesContent');
    if (!contents || text[contents[0]] !== '[') return { sources: [], skipped: 0 };
    const names = members.get('sources');
    const nameAt = names && text[names[0]] === '[' ? arrayElements(text, names, MAX_EMBEDDED_SOURCES) : undefined;
    const rootAt = members.get('sourceRoot');
    const rootValue = rootAt ? parseAt(text, rootAt) : undefined;
    const root = typeof rootValue === 'string' && rootValue !== '' ? rootValue.replace(/\/?$/, '/') : '';
    const entries = arrayElements(text, contents, MAX_EMBEDDED_SOURCES);
    const sources: EmbeddedSource[] = [];
    entries.ranges.forEach((range, i) => {
      const content = parseAt(text, range);
      if (typeof content !== 'string') return;
      const source = nameAt?.ranges[i] ? parseAt(text, nameAt.ranges[i]) : undefined;
      const name = typeof source === 'string' ? `${root}${source}` : `source ${i}`;
      // The name is the map's to choose: cut to a display length and made well-formed (a lone surrogate breaks URIs).
      sources.push({ name: name.slice(0, MAX_SOURCE_NAME).toWellFormed(), content });
    });
    return { sources, skipped: entries.count - entries.ranges.length };
  } catch (error) {
    if (error instanceof NotJson || error instanceof SyntaxError)
      return { error: 'source map is not valid JSON; scanned as text only' };
    throw error;
  }
}

type Range = [start: number, end: number];

function parseAt(text: string, [start, end]: Range): unknown {
  return JSON.parse(text.slice(start, end));
}

/** The members of the top-level object, name to value range; undefined when the text is JSON but no object. */
function objectMembers(text: string): Map<string, Range> | undefined {
  // A map saved by an editor that writes a byte-order mark is still the bundler's map (browsers' devtools read it).
  let at = skipSpace(text, text.startsWith('\ufeff') ? 1 : 0);
  if (text[at] !== '{') {
    if (at < text.length && /["[\-0-9tfn]/.test(text[at]!)) return undefined;
    throw new NotJson();
  }
  const members = new Map<string, Range>();
  at = skipSpace(text, at + 1);
  if (text[at] === '}') return expectEnd(text, at + 1, members);
  for (;;) {
    if (text[at] !== '"') throw new NotJson();
    const nameEnd = skipValue(text, at);
    const name = parseAt(text, [at, nameEnd]) as string;
    at = skipSpace(text, nameEnd);
    if (text[at] !== ':') throw new NotJson();
    const start = skipSpace(text, at + 1);
    const end = skipValue(text, start);
    members.set(name, [start, end]);
    at = skipSpace(text, end);
    if (text[at] === '}') return expectEnd(text, at + 1, members);
    if (text[at] !== ',') throw new NotJson();
    at = skipSpace(text, at + 1);
  }
}

function expectEnd(text: string, at: number, members: Map<string, Range>): Map<string, Range> {
  if (skipSpace(text, at) !== text.length) throw new NotJson();
  return members;
}

/** The ranges of an array's first `limit` elements, and how many it holds. */
function arrayElements(text: string, [start, end]: Range, limit: number): { ranges: Range[]; count: number } {
  const ranges: Range[] = [];
  let count = 0;
  let at = skipSpace(text, start + 1);
  if (text[at] === ']') return { ranges, count };
  while (at < end) {
    const valueEnd = skipValue(text, at);
    if (count++ < limit) ranges.push([at, valueEnd]);
    at = skipSpace(text, valueEnd);
    if (text[at] === ']') break;
    if (text[at] !== ',') throw new NotJson();
    at = skipSpace(text, at + 1);
  }
  return { ranges, count };
}

/** The end of the JSON value that starts at `at` (its inside checked only for balance; values read are parsed). */
function skipValue(text: string, at: number): number {
  const first = text[at];
  if (first === '"') return skipString(text, at);
  if (first !== '{' && first !== '[') {
    const scalar = /-?[0-9][0-9.eE+-]*|true|false|null/y;
    scalar.lastIndex = at;
    if (!scalar.test(text)) throw new NotJson();
    return scalar.lastIndex;
  }
  const open: string[] = [];
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = skipString(text, i) - 1;
    else if (c === '{' || c === '[') open.push(c === '{' ? '}' : ']');
    else if (c === '}' || c === ']') {
      if (open.pop() !== c) throw new NotJson();
      if (open.length === 0) return i + 1;
    }
  }
  throw new NotJson();
}

function skipString(text: string, at: number): number {
  for (let i = text.indexOf('"', at + 1); i !== -1; i = text.indexOf('"', i + 1)) {
    let slashes = 0;
    while (text[i - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) return i + 1;
  }
  throw new NotJson();
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  return i;
}
