// One item through the engine: binary and UTF-16 sniffing, streaming of large items, and the keys inside
// a source map's embedded sources.
import fs from 'node:fs';
import { TextDecoder } from 'node:util';
import { fsPath } from '../name-bytes.js';
import { binaryNote } from '../sources/archive-kind.js';
import { MAX_EMBEDDED_SOURCES, MAX_SOURCE_MAP_BYTES, embeddedSources, isSourceMap } from '../sources/sourcemap.js';
import type { Item, OriginalLocation } from '../types.js';
import type { RuleBudget } from './budget.js';
import { findAssembled, mayHoldAssembled } from './assembled.js';
import { anyIn } from './byte-signs.js';
import { continuedStrings, mayHoldContinued } from './continued-strings.js';
import { curlTraceLines, mayHoldCurlTrace } from './curl-trace.js';
import { findCharEscapes, mayHoldCharEscapes } from './char-escapes.js';
import { BLOCK_SIZE, ItemScanner, isAllowedNear, mayMatchInJson, type Detector, type Match } from './engine.js';
import { escapedLines, mayHoldEscapedLines } from './escaped-lines.js';
import { encodedCommands, mayHoldEncodedCommand } from './encoded-command.js';
import { findEscaped, mayHoldEscapes } from './escapes.js';
import { hexDumpLines, mayHoldHexDump } from './hex-dumps.js';
import { highlightedCode, mayHoldHighlighted } from './markup.js';
import { isOfficePart, officeText } from './office.js';
import { namedValue, namedValueOf } from './named-file.js';
import { mayHoldPickle, pickleEntries } from './pickle.js';
import { PROPERTIES_FILE, continuedValues } from './properties.js';
import { REGISTRY_HEAD, isRegistryExport, registryValues } from './registry-exports.js';
import { SQL_FILE, SQL_HEX_SIGNS, sqlHexLiterals } from './sql-literals.js';
import { TOML_FILE, TOML_STRING_SIGNS, multilineStrings } from './toml-strings.js';
import {
  BINARY_PROBE,
  Utf32Decoder,
  type WideDecoder,
  utf16Encoding,
  utf32Encoding,
  wideTextDecoder,
} from './text-encoding.js';
import { isTable, mayHoldTable, tableCells } from './tables.js';
import { mayHoldTerminal, terminalText } from './terminal.js';
import { findTypography, mayHoldTypography } from './typography.js';
import { mayHoldValueLines, valueLines } from './value-lines.js';
import {
  type Replacement,
  buildView,
  decodeBase64Text,
  findEncoded,
  holdsDataUri,
  mayHoldEncoded,
  settle,
  toItemOffset,
} from './views.js';

/** What the engine found in one item. */
export interface ItemResult {
  matches: Array<Match & { original?: OriginalLocation }>;
  bytes: number;
  note?: string;
}

/** Runs the engine over one item, streaming it when it is larger than a block. */
export async function detectItem(detector: Detector, item: Item): Promise<ItemResult> {
  const map = isSourceMap(item.path);
  const size = item.size ?? (item.file ? (await fs.promises.stat(fsPath(item.file))).size : undefined);
  const streamed = item.stream && size !== undefined && size > BLOCK_SIZE && !(map && size <= MAX_SOURCE_MAP_BYTES);
  if (streamed) return detectStream(detector, item.stream!(), item.path);

  let buffer = await item.read();
  if (isBinary(buffer)) {
    const decoded = decodeWide(buffer) ?? (isTextBesideNuls(buffer) ? withoutNuls(buffer) : undefined);
    if (!decoded) return { matches: [], bytes: buffer.length, note: binaryNote(item.path) };
    buffer = decoded;
  }
  buffer = withLineFeeds(buffer);
  const scanner = new ItemScanner(detector, item.path);
  for (let at = 0; at < buffer.length || at === 0; at += BLOCK_SIZE) {
    scanner.feed(buffer.subarray(at, at + BLOCK_SIZE), at + BLOCK_SIZE >= buffer.length);
  }
  const matches: ItemResult['matches'] = scanner.finish();
  const result: ItemResult = { matches, bytes: buffer.length };
  // Taken before addViewMatches drops data-URI anchors: a search for the inline map's sign in every item was 3-5% of
  // a history scan's main thread.
  const dataUri = !map && (detector.exhaustive || holdsDataUri(scanner.viewSigns, buffer));
  if (buffer.length <= BLOCK_SIZE) addViewMatches(detector, buffer, item.path, scanner, result);
  // Decoding a map costs more than scanning it: only when its text shows that a key could hide inside.
  if (map && (detector.exhaustive || mayMatchInJson(detector, buffer, scanner.keywordsSeen)))
    addEmbeddedMatches(detector, buffer, scanner.budget, result);
  else if (dataUri && buffer.includes(INLINE_MAP_SIGN)) addInlineMapMatches(detector, buffer, scanner.budget, result);
  return withBudgetNote(result, scanner.budget);
}

const INLINE_MAP_SIGN = 'sourceMappingURL=data:';
// A bundle's own map, inlined as a base64 data URL on its last line (webpack `inline-source-map`, esbuild
// `--sourcemap=inline`): its sourcesContent ships inside the bundle, encoded.
const INLINE_MAP = /[#@][ \t]*sourceMappingURL=data:application\/json[^,\s]*;base64,([A-Za-z0-9+/]+={0,2})/g;

/**
 * Keys in the sourcesContent of a map inlined in the item: found in the decoded sources, reported where the
 * map's data begins (the key is base64 there), with the original source as `original`.
 */
function addInlineMapMatches(detector: Detector, buffer: Buffer, budget: RuleBudget, result: ItemResult): void {
  const text = buffer.toString('latin1');
  for (const m of text.matchAll(INLINE_MAP)) {
    if (m[1]!.length > (MAX_SOURCE_MAP_BYTES / 3) * 4) continue;
    const embedded = embeddedSources(Buffer.from(m[1]!, 'base64'));
    if ('error' in embedded) continue;
    noteSkipped(result, embedded.skipped);
    const offset = m.index + m[0].length - m[1]!.length;
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    for (const source of embedded.sources) {
      const scanner = new ItemScanner(detector, undefined, budget);
      scanner.feed(Buffer.from(source.content, 'utf8'), true);
      for (const match of scanner.finish()) {
        const original = { file: source.name, line: match.line, column: match.column };
        result.matches.push({ ...match, offset, line, column: offset - lineStart + 1, original });
      }
    }
  }
  result.matches.sort((a, b) => a.offset - b.offset);
}

async function detectStream(detector: Detector, chunks: AsyncIterable<Buffer>, path: string): Promise<ItemResult> {
  const scanner = new ItemScanner(detector, path);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let bytes = 0;
  let ready: Buffer | undefined;
  // UTF-16 or UTF-32 text larger than a block is decoded as it streams (a code unit split between chunks waits).
  let wide: WideDecoder | undefined;
  let nuls = false;
  for await (const raw of chunks) {
    let chunk = raw;
    if (bytes === 0) {
      wide = wideTextDecoder(raw);
      if (!wide && isBinary(raw) && !(nuls = isTextBesideNuls(raw)))
        return { matches: [], bytes: raw.length, note: binaryNote(path) };
    }
    bytes += raw.length;
    if (wide) chunk = Buffer.from(wide.decode(raw, { stream: true }), 'utf8');
    else if (nuls) chunk = withoutNuls(raw);
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= BLOCK_SIZE) {
      if (ready) scanner.feed(ready, false);
      ready = Buffer.concat(pending);
      pending = [];
      pendingBytes = 0;
    }
  }
  if (wide) {
    const tail = Buffer.from(wide.decode(), 'utf8');
    pending.push(tail);
    pendingBytes += tail.length;
  }
  // The last block is only known once the stream ends, so one full block is always held back.
  if (pendingBytes > 0) {
    if (ready) scanner.feed(ready, false);
    ready = Buffer.concat(pending);
  }
  scanner.feed(ready ?? Buffer.alloc(0), true);
  return withBudgetNote({ matches: scanner.finish(), bytes }, scanner.budget);
}

/**
 * Keys inside a map's sourcesContent are found in the decoded sources (their own context, unescaped),
 * then reported at the map file's line where the key appears, with the original source as `original`.
 */
function addEmbeddedMatches(detector: Detector, map: Buffer, budget: RuleBudget, result: ItemResult): void {
  const embedded = embeddedSources(map);
  if ('error' in embedded) {
    result.note = embedded.error;
    return;
  }
  noteSkipped(result, embedded.skipped);
  let raw: string | undefined;
  const searchFrom = new Map<string, number>();
  const existing = new Map(result.matches.map((m) => [`${m.rule.id}\0${m.offset}`, m]));
  const added: ItemResult['matches'] = [];
  for (const source of embedded.sources) {
    const scanner = new ItemScanner(detector, undefined, budget);
    scanner.feed(Buffer.from(source.content, 'utf8'), true);
    for (const match of scanner.finish()) {
      const needle = Buffer.from(match.text ?? match.secret, 'utf8').toString('latin1');
      const key = `${match.rule.id}\0${needle}`;
      raw ??= map.toString('latin1');
      const offset = raw.indexOf(needle, searchFrom.get(key) ?? 0);
      if (offset === -1) continue;
      searchFrom.set(key, offset + 1);
      const original = { file: source.name, line: match.line, column: match.column };
      const same = existing.get(`${match.rule.id}\0${offset}`);
      if (same) same.original = original;
      else added.push({ ...match, offset, original });
    }
  }
  if (raw === undefined) return;
  added.sort((a, b) => a.offset - b.offset);
  locateAscending(raw, added);
  result.matches.push(...added);
  result.matches.sort((a, b) => a.offset - b.offset);
}

/**
 * Keys that only a view shows: encoded values decoded (views.ts), table cells written beside their column's name
 * (tables.ts), escaped base64 runs and character escapes (`\u0078`, `\x2d`, `%22`) unescaped in items that show a
 * vendor's context (escapes.ts, char-escapes.ts), continued lines of Java properties and continued double-quoted
 * strings joined (properties.ts, continued-strings.ts), code blocks of rendered pages without their highlighting tags
 * (markup.ts), Word and PowerPoint parts without their tags (office.ts), TOML multi-line strings begun on the
 * line after their name (toml-strings.ts), values on a later line than their name (value-lines.ts). The item is scanned again as that view, and
 * each secret found inside a replaced stretch is reported there; an encoded string that was itself taken for a key
 * gives way to the key it decodes to.
 */
function addViewMatches(detector: Detector, buffer: Buffer, file: string, item: ItemScanner, result: ItemResult): void {
  const signs = item.viewSigns;
  const vendor = item.sawVendorContext();
  // A header binding needs no vendor word: `Api-Key\u00a0…` pasted from a chat counts on its own.
  const keyword = detector.exhaustive || vendor || (item.keywordsSeen?.includes(1) ?? false);
  const encoded = mayHoldEncoded(file, signs, buffer, keyword);
  const table = isTable(file) && (detector.exhaustive || mayHoldTable(file, buffer));
  const escaped = vendor && mayHoldEscapes(buffer);
  // A Max AI key's prefix names its vendor itself, also written in escapes (`max\x5fprd\x5fak\x5f…`).
  const charEscaped = (vendor || signs.escapedPrefix === true) && mayHoldCharEscapes(buffer);
  const assembled = vendor && mayHoldAssembled(buffer, file);
  const typography = keyword && mayHoldTypography(buffer);
  const pickled = mayHoldPickle(file, buffer);
  const named = namedValueOf(file, buffer);
  const selfEncoded = encodedKeys(result.matches);
  const properties = PROPERTIES_FILE.test(file);
  // A string continued over lines counts where a key could be bound: in items with a keyword or a vendor's context.
  const goesOn = (properties || keyword) && mayHoldContinued(buffer);
  const continued = properties && goesOn;
  const continuedString = !properties && goesOn;
  const tomlStrings = TOML_FILE.test(file) && anyIn(TOML_STRING_SIGNS, buffer);
  const highlighted = mayHoldHighlighted(file, buffer);
  const office = isOfficePart(file);
  // A value below its name, and a YAML document written into a string, count where a vendor is named: their signs
  // (`=\n`, `:\n`, an escaped break before an indent) are in most code and in every source map's sourcesContent.
  const brokenBindings = vendor && mayHoldValueLines(buffer);
  const escapedLineBreaks = vendor && mayHoldEscapedLines(buffer);
  // Recorded forms: what a terminal showed, a curl trace's cut lines; where a key could be bound (a keyword or a
  // vendor's context).
  const terminal = keyword && mayHoldTerminal(buffer);
  const curlTrace = keyword && mayHoldCurlTrace(signs);
  const sqlHex = SQL_FILE.test(file) && anyIn(SQL_HEX_SIGNS, buffer);
  // A dump shows no name or key as text: looked for in every item, from a sign near its start.
  const hexDump = mayHoldHexDump(buffer, file);
  // A script passed to PowerShell as base64 of UTF-16LE: its names are hidden too.
  const encodedCommand = mayHoldEncodedCommand(buffer, file);
  // A registry export's values written as bytes hide their strings.
  const registry = isRegistryExport(file, buffer.toString('latin1', 0, REGISTRY_HEAD));
  const textViews =
    table ||
    escaped ||
    charEscaped ||
    assembled ||
    typography ||
    pickled ||
    named !== undefined ||
    continued ||
    continuedString ||
    tomlStrings ||
    highlighted ||
    office ||
    brokenBindings ||
    terminal ||
    escapedLineBreaks ||
    curlTrace ||
    sqlHex ||
    hexDump ||
    encodedCommand ||
    registry;
  const fromBytes = [...(encoded ? findEncoded(buffer, file, signs) : []), ...selfEncoded];
  // The encoded views read the bytes around their anchors: an item they find nothing in is not decoded whole (on
  // axios's history, 2,259 items with a `base64` somewhere, 378 MB of latin1 strings made for nothing).
  if (!textViews && fromBytes.length === 0) return;
  const latin1 = buffer.toString('latin1');
  const decoded = [
    ...fromBytes,
    ...(continued ? continuedValues(latin1) : []),
    ...(continuedString ? continuedStrings(latin1) : []),
    ...(tomlStrings ? multilineStrings(latin1) : []),
    ...(assembled ? findAssembled(latin1) : []),
    ...(sqlHex ? sqlHexLiterals(latin1) : []),
    ...(curlTrace ? curlTraceLines(latin1) : []),
    ...(hexDump ? hexDumpLines(latin1) : []),
    ...(encodedCommand ? encodedCommands(latin1) : []),
    ...(registry ? registryValues(latin1) : []),
  ];
  const replacements = settle([
    ...decoded,
    ...(table ? tableCells(latin1, file) : []),
    ...(escaped ? findEscaped(latin1) : []),
    ...(charEscaped ? findCharEscapes(latin1) : []),
    ...(highlighted ? highlightedCode(latin1) : []),
    ...(office ? officeText(latin1) : []),
    ...(typography ? findTypography(latin1) : []),
    ...(pickled ? pickleEntries(latin1) : []),
    ...(named !== undefined ? namedValue(latin1, named) : []),
    ...(brokenBindings ? valueLines(latin1) : []),
    ...(terminal ? terminalText(latin1) : []),
    ...(escapedLineBreaks ? escapedLines(latin1) : []),
  ]);
  if (replacements.length === 0) return;
  const view = buildView(latin1, replacements);
  const scanner = new ItemScanner(detector, file, item.budget, false);
  const bytes = Buffer.from(view.text, 'latin1');
  for (let at = 0; at < bytes.length || at === 0; at += BLOCK_SIZE) {
    scanner.feed(bytes.subarray(at, at + BLOCK_SIZE), at + BLOCK_SIZE >= bytes.length);
  }
  const existing = new Set(result.matches.map((m) => `${m.rule.id}\0${m.offset}`));
  const added: ItemResult['matches'] = [];
  // An encoded literal that decodes to text is that text, key or not: `eW91ci1hcGkta2V5LWhlcmU=` under a Secret's
  // `x-api-key` is `your-api-key-here`. A random key decodes to printable text about once in 10^10.
  const displaced = new Set<Match>(
    result.matches.filter(
      (m) =>
        m.rule.kind === 'secret' &&
        decoded.some(
          (r) => r.encoded && replacements.includes(r) && m.offset >= r.encoded[0] && m.offset < r.encoded[1],
        ),
    ),
  );
  for (const match of scanner.finish()) {
    if (match.rule.kind !== 'secret') continue;
    const { offset, inside } = toItemOffset(view, match.offset);
    const encoded = inside?.encoded;
    if (encoded) {
      for (const m of result.matches) {
        if (m.rule.kind === 'secret' && m.offset >= encoded[0] && m.offset < encoded[1]) displaced.add(m);
      }
    } else if (existing.has(`${match.rule.id}\0${offset}`) || shownAlready(result.matches, match, inside)) continue;
    // The item's own line decides, as for the keys it shows as they are (decoded views have lines of their own).
    if (isAllowedNear(latin1, offset)) continue;
    added.push({ ...match, offset, length: encoded ? encoded[1] - encoded[0] : match.length });
  }
  if (displaced.size > 0) result.matches = result.matches.filter((m) => !displaced.has(m));
  if (added.length === 0) return;
  added.sort((a, b) => a.offset - b.offset);
  locateAscending(latin1, added);
  const seen = new Set<string>();
  for (const m of added) {
    const key = `${m.rule.id}\0${m.offset}\0${m.secret}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.matches.push(m);
  }
  result.matches.sort((a, b) => a.offset - b.offset);
}

/**
 * Whether the item as it is already shows a view's key inside the stretch the view replaced: a table cell rewritten
 * beside its column's name (`{"x-api-key": "…"}` in a dump's `COPY` row) is reported at the cell's start, the key
 * the item binds itself at the key; one key, one finding.
 */
function shownAlready(matches: Match[], match: Match, inside: Replacement | undefined): boolean {
  if (inside === undefined) return false;
  return matches.some(
    (m) => m.rule.id === match.rule.id && m.secret === match.secret && m.offset >= inside.from && m.offset < inside.to,
  );
}

/**
 * Keys taken as bound that are base64 of text: a literal decoded by a call no decode form knows
 * (`STANDARD.decode("…")` in a `fn api_key()`) is what it decodes to, key or not. A random key decodes to printable
 * text about once in 10^10 (see addViewMatches).
 */
function encodedKeys(matches: Match[]): Replacement[] {
  const found: Replacement[] = [];
  for (const m of matches) {
    if (m.rule.kind !== 'secret' || m.secret.length !== m.length) continue;
    const text = HEX.test(m.secret) ? decodeHexText(m.secret) : decodeBase64Text(m.secret);
    if (text === undefined || text.includes('\n')) continue;
    found.push({
      from: m.offset,
      to: m.offset + m.length,
      text,
      report: m.offset,
      encoded: [m.offset, m.offset + m.length],
    });
  }
  return found;
}

/** Hex of text: an even number of hex digits (`bytes.fromhex("…")`, `Buffer.from('…', 'hex')`, `unhexlify`). */
const HEX = /^(?:[0-9a-fA-F]{2})+$/;

/** Decodes hex to text, or undefined when it does not decode to printable ASCII of a key's length. */
function decodeHexText(hex: string): string | undefined {
  const bytes = Buffer.from(hex, 'hex');
  if (bytes.length < MIN_HEX_TEXT || bytes.some((byte) => byte < 0x20 || byte > 0x7e)) return undefined;
  return bytes.toString('latin1');
}
/** Hex decoding to fewer characters than this is a digest or an id, not a key. */
const MIN_HEX_TEXT = 16;

/** The result with a note naming the custom rules that ran out of time on the item (an item has one note). */
/** The note on a map whose embedded sources were not all decoded (MAX_EMBEDDED_SOURCES). */
function noteSkipped(result: ItemResult, skipped: number): void {
  if (skipped === 0) return;
  const note = `source map holds ${(MAX_EMBEDDED_SOURCES + skipped).toLocaleString('en-US')} embedded sources; the first ${MAX_EMBEDDED_SOURCES.toLocaleString('en-US')} were decoded, the rest scanned as map text only`;
  result.note = result.note ? `${result.note}; ${note}` : note;
}

function withBudgetNote(result: ItemResult, budget: RuleBudget): ItemResult {
  const note = budget.note();
  if (note) result.note = result.note ? `${result.note}; ${note}` : note;
  return result;
}

/** Sets line and UTF-16 column of matches sorted by offset, in one pass over the text. */
function locateAscending(latin1: string, matches: Array<{ offset: number; line: number; column: number }>): void {
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  let countedTo = 0;
  for (const match of matches) {
    for (let i = latin1.indexOf('\n', lineStart); i !== -1 && i < match.offset; i = latin1.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
      counted = 0;
      countedTo = lineStart;
    }
    counted += Buffer.from(latin1.slice(countedTo, match.offset), 'latin1').toString('utf8').length;
    countedTo = match.offset;
    match.line = line;
    match.column = counted + 1;
  }
}

/** Binary by content, as git decides: a NUL byte near the start. */
function isBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, BINARY_PROBE).includes(0);
}

/**
 * Whether content that git takes for binary is text with NULs in it: its first bytes, NULs aside, valid UTF-8 with
 * no control character a text file holds none of. A single NUL in front of a `.env` (or NUL padding after a crash)
 * made the whole file binary, to git and to keylint, and hid every key in it; an image, an archive or compiled code
 * holds control bytes or bytes that are no UTF-8 among its first few thousand.
 */
function isTextBesideNuls(buffer: Buffer): boolean {
  // The probe is of the bytes that are not NUL: a text's NUL padding may run past git's 8,000 bytes.
  const rest = Buffer.allocUnsafe(BINARY_PROBE);
  let length = 0;
  for (let at = 0; at < buffer.length && length < BINARY_PROBE; at++) {
    const byte = buffer[at]!;
    if (byte === 0) continue;
    if (byte < 0x20 && !TEXT_CONTROLS.has(byte)) return false;
    rest[length++] = byte;
  }
  if (length === 0) return false;
  try {
    // `stream`: a character cut at the end of the probe is no error.
    new TextDecoder('utf-8', { fatal: true }).decode(rest.subarray(0, length), { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Control characters that text files hold: tab, line breaks, vertical tab, form feed, escape (colour codes). */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);

/** Text with NULs as the engine reads it: each NUL a space, so that lines and offsets stay those of the bytes. */
function withoutNuls(buffer: Buffer): Buffer {
  let at = buffer.indexOf(0);
  if (at === -1) return buffer;
  const copy = Buffer.from(buffer);
  for (; at !== -1; at = copy.indexOf(0, at + 1)) copy[at] = 0x20;
  return copy;
}

/**
 * Text whose lines end in CR alone (classic Mac OS, some Windows tools' exports) with its CRs as LFs: the rules read
 * lines as ending in LF, so such a file was one long line and its neighbouring-line bindings were lost. One byte for
 * one, so offsets and columns stay; only a text with no LF at all is taken for one (a lone CR inside a text that has
 * LFs is data, not a line end).
 */
function withLineFeeds(buffer: Buffer): Buffer {
  let at = buffer.indexOf(13);
  if (at === -1 || buffer.includes(10)) return buffer;
  const copy = Buffer.from(buffer);
  for (; at !== -1; at = copy.indexOf(13, at + 1)) copy[at] = 10;
  return copy;
}

/** UTF-16 and UTF-32 text hold NULs but are text: decode them to UTF-8 for the engine. */
function decodeWide(buffer: Buffer): Buffer | undefined {
  const utf32 = utf32Encoding(buffer);
  if (utf32) return Buffer.from(new Utf32Decoder(utf32).decode(buffer), 'utf8');
  const encoding = utf16Encoding(buffer);
  if (encoding === undefined) return undefined;
  const bom = (buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff) ? 2 : 0;
  if (encoding === 'utf-16le') return Buffer.from(buffer.subarray(bom).toString('utf16le'), 'utf8');
  const swapped = Buffer.from(buffer.subarray(bom, buffer.length - ((buffer.length - bom) % 2)));
  swapped.swap16();
  return Buffer.from(swapped.toString('utf16le'), 'utf8');
}
