// Archives where bundles travel (zip, jar, apk, tar, tgz, npm tarballs, single gzipped files, Electron's asar): their entries become items named
// `outer.zip!inner/app.js`, read in memory (never extracted to disk) under byte, ratio and depth bounds,
// so that a zip bomb, a corrupt archive or an encrypted entry ends as a note, never as a crash.
import zlib from 'node:zlib';
import type { Entry as ZipEntry, ZipFile } from 'yauzl';
import { entryPath } from '../archive-path.js';
import { describeSystemError } from '../errors.js';
import { SharedBytes } from '../shared-bytes.js';
import type { Item, ScanNote } from '../types.js';
import { ASAR, GZ, TGZ, ZIP, entryKind } from './archive-kind.js';

/** Bounds of one top-level archive, nesting included. */
export interface ArchiveLimits {
  /** Archives nested deeper than this are not opened (the outer archive is depth 1). */
  maxDepth: number;
  /** Largest archive file read into memory. */
  maxArchiveBytes: number;
  /** Largest single entry kept. */
  maxEntryBytes: number;
  /** Uncompressed bytes of all entries of one top-level archive together. */
  maxTotalBytes: number;
  /** Uncompressed/compressed ratio above which a large entry is taken for a bomb. */
  maxRatio: number;
}

/** Defaults: generous for real bundles and jars, small enough that memory stays bounded. */
export const ARCHIVE_LIMITS: ArchiveLimits = {
  maxDepth: 3,
  maxArchiveBytes: 512 * 1024 * 1024,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxRatio: 200,
};

// Ratios are only judged on entries large enough to matter: small padded files compress very well too.
const RATIO_FLOOR = 1024 * 1024;
/** A gzip stream's header and trailer: the smallest stream whose last four bytes are its size. */
const GZIP_TRAILER = 18;
const MAX_NAME = 300;

/** The entries of an archive item as items, nested archives opened up to the depth limit. */
export async function* archiveEntries(
  item: Item,
  notes: ScanNote[],
  limits: ArchiveLimits = ARCHIVE_LIMITS,
): AsyncIterable<Item> {
  if (item.size !== undefined && item.size > limits.maxArchiveBytes) {
    notes.push({ file: item.path, reason: `archive larger than ${mb(limits.maxArchiveBytes)} not opened` });
    return;
  }
  let buffer: Buffer;
  try {
    buffer = await item.read();
  } catch (error) {
    notes.push({ file: item.path, reason: describeSystemError(error) });
    return;
  }
  // An entry was introduced where its archive was (history scans attribute findings to that commit).
  const commit = item.commit === undefined ? {} : { commit: item.commit };
  for await (const entry of expand(item.path, item.path, buffer, 1, notes, limits, { left: limits.maxTotalBytes })) {
    yield { ...entry, ...commit };
  }
}

type Budget = { left: number };

/** A read stopped by a bound (a bomb): the archive opened as its kind, so its own bytes are not scanned as text. */
class PastBound extends Error {}
/** An entry: its whole name (what it is, judged by its extension) and its content. */
type Entry = { name: string; content: Buffer };

/**
 * The entries of the archive shown as `name`, whose kind its own whole name (`kind`) tells: a display name is cut
 * short, and a nested `….zip` whose long name lost its extension was taken for a binary file, its keys never read.
 */
async function* expand(
  name: string,
  kind: string,
  buffer: Buffer,
  depth: number,
  notes: ScanNote[],
  limits: ArchiveLimits,
  budget: Budget,
): AsyncIterable<Item> {
  const entries = ZIP.test(kind)
    ? zipEntries(name, buffer, notes, limits, budget)
    : GZ.test(kind)
      ? gzipEntry(name, kind, buffer, notes, limits, budget)
      : ASAR.test(kind)
        ? asarEntries(name, buffer, notes, limits, budget)
        : tarEntries(name, buffer, TGZ.test(kind), notes, limits, budget);
  let opened = false;
  try {
    for await (const entry of entries) {
      opened = true;
      const path = entryPath(name, shown(entry.name));
      const inner = entryKind(entry.name, entry.content);
      if (inner === undefined) {
        yield { path, size: entry.content.length, read: async () => entry.content };
      } else if (depth >= limits.maxDepth) {
        notes.push({ file: path, reason: `archive nested deeper than ${limits.maxDepth} levels not opened` });
      } else {
        yield* expand(path, inner, entry.content, depth + 1, notes, limits, budget);
      }
    }
  } catch (error) {
    if (opened || error instanceof PastBound) {
      notes.push({ file: name, reason: `archive partly read: ${describe(error)}` });
      return;
    }
    // A name is no proof of a format: `deploy.env.gz` or `keys.zip` holding plain text was only a note, its key
    // unreported. What does not open as its kind is scanned as the file it is (a binary one is skipped as any is).
    notes.push({ file: name, reason: `not readable as an archive (${describe(error)}); scanned as a file` });
    yield { path: name, size: buffer.length, read: async () => buffer };
  }
}

/** Zip entries via yauzl, which checks each entry's real size against its declared one while inflating. */
async function* zipEntries(
  name: string,
  buffer: Buffer,
  notes: ScanNote[],
  limits: ArchiveLimits,
  budget: Budget,
): AsyncIterable<Entry> {
  // The CommonJS package's exports object is the default export, natively and in the bundle alike.
  const { default: yauzl } = await import('yauzl');
  // decodeStrings: false keeps names as raw bytes: a `../` name is only a display name here, never a path.
  const payload = crxPayload(buffer);
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(payload, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true });
  } catch (error) {
    if (payload.length < 4 || payload.readUInt32LE(0) !== LOCAL_HEADER) throw error;
    let read = 0;
    for await (const entry of localEntries(name, payload, notes, limits, budget)) {
      read++;
      yield entry;
    }
    // Nothing there either: the file is scanned as what it is.
    if (read === 0) throw error;
    notes.push({
      file: name,
      reason: `no usable central directory (${describe(error)}); entries read from their local headers`,
    });
    return;
  }
  try {
    for (;;) {
      const entry = await nextEntry(zip);
      if (!entry) return;
      // With decodeStrings off, yauzl hands the name over as raw bytes.
      const entryName = decodedName(entry.fileName as unknown as Buffer);
      const where = entryPath(name, shown(entryName));
      if (entryName.endsWith('/')) continue;
      if (entry.isEncrypted()) {
        notes.push({ file: where, reason: 'encrypted entry skipped' });
        continue;
      }
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        notes.push({ file: where, reason: `entry with compression method ${entry.compressionMethod} skipped` });
        continue;
      }
      const skip = oversize(entry.uncompressedSize, entry.compressedSize, limits, budget);
      if (skip) {
        notes.push({ file: where, reason: skip });
        continue;
      }
      try {
        const stream = await zip.openReadStreamPromise(entry);
        yield { name: entryName, content: await collect(stream, limits, budget, entry.uncompressedSize) };
      } catch (error) {
        notes.push({ file: where, reason: `entry not read: ${describe(error)}` });
      }
    }
  } finally {
    zip.close();
  }
}

/** A zip's first four bytes: its first entry's local header, where a zip cut short still begins. */
const LOCAL_HEADER = 0x04034b50;

/** The entries of a zip yauzl cannot open, from their local headers (see zip-local.ts), counted against the budget. */
async function* localEntries(
  name: string,
  zip: Buffer,
  notes: ScanNote[],
  limits: ArchiveLimits,
  budget: Budget,
): AsyncIterable<Entry> {
  const { localZipEntries } = await import('./zip-local.js');
  const cap = () => Math.min(limits.maxEntryBytes, budget.left);
  try {
    for (const entry of localZipEntries(zip, cap)) {
      const entryName = decodedName(entry.rawName);
      if (entryName.endsWith('/')) continue;
      if ('skipped' in entry) notes.push({ file: entryPath(name, shown(entryName)), reason: entry.skipped });
      else {
        budget.left -= entry.content.length;
        yield { name: entryName, content: entry.content };
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new PastBound(`entry larger than ${mb(cap())}; rest skipped`);
    throw error;
  }
}

/**
 * A Chrome extension's zip after its header (`Cr24`, the format's version, then in version 3 the header's length, in
 * version 2 the public key's and the signature's): the zip's offsets count from its own start, not the file's.
 */
function crxPayload(buffer: Buffer): Buffer {
  if (buffer.length < 16 || buffer.toString('latin1', 0, 4) !== 'Cr24') return buffer;
  const version = buffer.readUInt32LE(4);
  const start = version === 3 ? 12 + buffer.readUInt32LE(8) : 16 + buffer.readUInt32LE(8) + buffer.readUInt32LE(12);
  return start < buffer.length ? buffer.subarray(start) : buffer;
}

/** The next central-directory entry, or undefined at the end (yauzl's lazy mode is event-based). */
function nextEntry(zip: ZipFile): Promise<ZipEntry | undefined> {
  return new Promise((resolve, reject) => {
    const settle = (done: () => void) => {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
      done();
    };
    const onEntry = (entry: ZipEntry) => settle(() => resolve(entry));
    const onEnd = () => settle(() => resolve(undefined));
    const onError = (error: Error) => settle(() => reject(error));
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

/**
 * Tar entries that hold no file's bytes. Any other type is read as a file, as GNU tar and POSIX do with a type they
 * do not know (tar-stream calls it null): a key in an entry typed `A` or `S` (sparse) was skipped with no note, and
 * `tar x` wrote it out as an ordinary file.
 */
const NOT_FILES = new Set<string | null>([
  'link',
  'symlink',
  'character-device',
  'block-device',
  'directory',
  'fifo',
  'pax-header',
  'pax-global-header',
  'gnu-long-link-path',
  'gnu-long-path',
]);

/** Tar (optionally gzipped) entries via tar-stream; gunzip output is counted so a gzip bomb stops early. */
async function* tarEntries(
  name: string,
  buffer: Buffer,
  gzipped: boolean,
  notes: ScanNote[],
  limits: ArchiveLimits,
  budget: Budget,
): AsyncIterable<Entry> {
  const { default: tar } = await import('tar-stream');
  const extract = tar.extract();
  // tar-stream's writable side is a streamx stream: write() returns false until it drains.
  const sink = extract as unknown as {
    write(chunk: Buffer): boolean;
    end(): void;
    once(event: 'drain', fn: () => void): void;
  };
  const { Readable, Writable, promises } = process.getBuiltinModule('node:stream');
  const input = gzipped ? Readable.from([buffer]).pipe(zlib.createGunzip()) : Readable.from([buffer]);
  let unpacked = 0;
  const counter = new Writable({
    write(chunk: Buffer, _encoding, done) {
      unpacked += chunk.length;
      if (unpacked > limits.maxTotalBytes)
        done(new PastBound(`more than ${mb(limits.maxTotalBytes)} uncompressed (possible archive bomb); rest skipped`));
      else if (sink.write(chunk)) done();
      else sink.once('drain', () => done());
    },
    final(done) {
      sink.end();
      done();
    },
  });
  const feeding = promises.pipeline(input, counter).catch((error: unknown) => extract.destroy(error as Error));
  for await (const entry of extract) {
    const { header } = entry;
    const entryName = header.name.replace(/^\.\//, '');
    const skip = NOT_FILES.has(header.type) ? 'not a file' : oversize(header.size ?? 0, undefined, limits, budget);
    if (skip) {
      if (skip !== 'not a file') notes.push({ file: entryPath(name, shown(entryName)), reason: skip });
      entry.resume();
      continue;
    }
    yield { name: entryName, content: await collect(entry as AsyncIterable<Buffer>, limits, budget, header.size ?? 0) };
  }
  await feeding;
}

/** The one file of a gzip stream, named as the archive without `.gz`, under the same bounds as any entry. */
async function* gzipEntry(
  name: string,
  kind: string,
  buffer: Buffer,
  notes: ScanNote[],
  limits: ArchiveLimits,
  budget: Budget,
): AsyncIterable<Entry> {
  const inner = kind.slice(kind.lastIndexOf('/') + 1, -'.gz'.length);
  const { Readable } = process.getBuiltinModule('node:stream');
  // A gzip stream ends with its size modulo 2^32 (of its last member only, when it has several): a hint, not a bound.
  const declared = buffer.length >= GZIP_TRAILER ? buffer.readUInt32LE(buffer.length - 4) : 0;
  const gunzip = (options: zlib.ZlibOptions = {}) =>
    collect(Readable.from([buffer]).pipe(zlib.createGunzip(options)), limits, { ...budget }, declared);
  let content: Buffer;
  try {
    content = await gunzip();
  } catch (error) {
    // A file cut short (`deploy.env.gz` of a partial upload) is what gunzip and zcat print before their error: its key
    // was lost with the rest. A sync flush at the end gives the same bytes without the error.
    if ((error as NodeJS.ErrnoException).code !== 'Z_BUF_ERROR') throw error;
    content = await gunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    notes.push({ file: name, reason: `gzip stream cut short (${describe(error)}); read as far as it goes` });
  }
  budget.left -= content.length;
  yield { name: inner, content };
}

/**
 * The files of an Electron `.asar`: a little-endian size field (4), the header's size, then the header as a pickle
 * (its payload's size, the JSON's length, the JSON: a tree of `files` giving each file's `size` and `offset` after the
 * header) and the files' bytes, stored. Files kept outside (`unpacked`, in `app.asar.unpacked/`) and links are skipped.
 */
async function* asarEntries(
  name: string,
  buffer: Buffer,
  notes: ScanNote[],
  limits: ArchiveLimits,
  budget: Budget,
): AsyncIterable<Entry> {
  if (buffer.length < ASAR_HEAD || buffer.readUInt32LE(0) !== 4) throw new Error('not an asar archive');
  const base = 8 + buffer.readUInt32LE(4);
  const jsonEnd = ASAR_HEAD + buffer.readUInt32LE(12);
  if (jsonEnd > base || base > buffer.length) throw new Error('asar header out of bounds');
  const stack: Array<[string, unknown]> = [['', JSON.parse(buffer.toString('utf8', ASAR_HEAD, jsonEnd))]];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const [dir, entry] = node as [string, AsarNode];
    if (entry.files && typeof entry.files === 'object') {
      for (const [child, value] of Object.entries(entry.files).reverse()) stack.push([`${dir}${child}/`, value]);
      continue;
    }
    const entryName = dir.slice(0, -1);
    const size = Number(entry.size);
    const offset = Number(entry.offset);
    if (entry.unpacked || entry.link !== undefined || !Number.isSafeInteger(size) || !Number.isSafeInteger(offset))
      continue;
    const start = base + offset;
    if (offset < 0 || size < 0 || start + size > buffer.length) {
      notes.push({ file: entryPath(name, shown(entryName)), reason: 'entry outside the archive skipped' });
      continue;
    }
    const skip = oversize(size, undefined, limits, budget);
    if (skip) {
      notes.push({ file: entryPath(name, shown(entryName)), reason: skip });
      continue;
    }
    budget.left -= size;
    yield { name: entryName, content: buffer.subarray(start, start + size) };
  }
}

/** An asar header's node: a folder (`files`) or a file (`size`, `offset` as a decimal string). */
type AsarNode = {
  files?: Record<string, unknown>;
  size?: unknown;
  offset?: unknown;
  unpacked?: unknown;
  link?: unknown;
};
/** Bytes before an asar header's JSON: the size field, the header's size, the pickle's payload size, the JSON's length. */
const ASAR_HEAD = 16;

/** Why an entry is not read, judged on its declared sizes, or undefined to read it. */
function oversize(
  size: number,
  compressed: number | undefined,
  limits: ArchiveLimits,
  budget: Budget,
): string | undefined {
  if (size > limits.maxEntryBytes)
    return `entry declares ${mb(size)}, over the ${mb(limits.maxEntryBytes)} limit; skipped`;
  if (compressed !== undefined && size > RATIO_FLOOR && size / Math.max(1, compressed) > limits.maxRatio) {
    return `entry compresses ${Math.round(size / Math.max(1, compressed))}:1 (possible zip bomb); skipped`;
  }
  if (size > budget.left) return `archive's uncompressed total would pass ${mb(limits.maxTotalBytes)}; entry skipped`;
  return undefined;
}

/**
 * Reads a stream into one buffer in shared memory (see `SharedBytes`), counting against the budget; stops as soon as
 * a bound is passed. `declared`: the size the archive gives for it, when it gives one.
 */
async function collect(
  stream: AsyncIterable<Buffer>,
  limits: ArchiveLimits,
  budget: Budget,
  declared = 0,
): Promise<Buffer> {
  const content = new SharedBytes(Math.min(declared, budget.left), limits.maxEntryBytes);
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    budget.left -= chunk.length;
    if (total > limits.maxEntryBytes) throw new PastBound(`entry larger than ${mb(limits.maxEntryBytes)}; skipped`);
    if (budget.left < 0)
      throw new PastBound(`archive's uncompressed total passed ${mb(limits.maxTotalBytes)}; rest skipped`);
    content.append(chunk);
  }
  return content.bytes();
}

/** A zip entry's name as text: never a path here, only what it shows and what kind of file it names. */
function decodedName(raw: Buffer): string {
  return raw.toString('utf8').replace(/\\/g, '/').replace(/^\.\//, '');
}

/** Entry names are display-only; a hostile archive's 64 KB name is cut so reports stay small. */
function shown(name: string): string {
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME)}…` : name;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
