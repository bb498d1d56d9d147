// Which names are archives: apart from the readers, so that a scan of plain files never loads them. Fiddler's saved
// sessions (`.saz`) are zips of each request and response as sent (`raw/01_c.txt`); a Chrome extension (`.crx`) is a
// zip after its signature header.
import { Extensions } from '../file-extensions.js';

export const ZIP = new Extensions(
  'zip jar war ear aar apk ipa xpi crx vsix nupkg whl egg epub docx xlsx pptx odt ods odp saz',
);
export const TAR = new Extensions('tar');
export const TGZ = new Extensions('tgz tar.gz');
const GZIPPED = new Extensions('gz');
const TAR_GZ = new Extensions('tar.gz');
/** One gzipped file (`app.js.gz` that a server sends precompressed, a `settings.json.gz` backup): not a tar. */
export const GZ = { test: (file: string): boolean => GZIPPED.test(file) && !TAR_GZ.test(file) };

/** Electron's app archive (`resources/app.asar`): the app's code and bundles, stored as they are. */
export const ASAR = new Extensions('asar');

/** True for names of archives keylint opens. */
export function isArchive(file: string): boolean {
  return ZIP.test(file) || TAR.test(file) || TGZ.test(file) || GZ.test(file) || ASAR.test(file);
}

/**
 * The kind of an archive's entry, named as the reader it needs: its own name when that is an archive's, else, for a
 * name with no extension, what its first bytes say. An OCI image layout (`docker save` since Docker 25, `buildx
 * --output type=oci`, `skopeo copy oci:`) keeps each layer as `blobs/sha256/<digest>`, a tar or a gzipped tar.
 */
export function entryKind(name: string, content: Buffer): string | undefined {
  if (isArchive(name)) return name;
  if (/\.[^/]*$/.test(name)) return undefined;
  if (content[0] === 0x1f && content[1] === 0x8b) return `${name}.tgz`;
  if (content.toString('latin1', TAR_MAGIC, TAR_MAGIC + 5) === 'ustar') return `${name}.tar`;
  if (content.length >= 4 && content.readUInt32LE(0) === ZIP_MAGIC) return `${name}.zip`;
  return undefined;
}
/** Where a tar header says `ustar` (POSIX and GNU alike). */
const TAR_MAGIC = 257;
/** A zip's first local file header, `PK\x03\x04`. */
const ZIP_MAGIC = 0x04034b50;

/**
 * Archives compressed in a way Node cannot undo (bzip2, xz, zstd, 7-Zip, RAR): each would need a decoder of its own
 * (native or WebAssembly) for a form rare in repositories, so they are skipped with a note that says why, not taken
 * for any other binary file.
 */
const UNREAD_ARCHIVE = /\.(?:tar\.(?:bz2|xz|zst|lz4|lzma)|tbz2?|txz|tzst|7z|rar)$/i;

/** The note for a binary item that is skipped: one that names an archive keylint cannot open says so. */
export function binaryNote(file: string): string {
  return UNREAD_ARCHIVE.test(file)
    ? 'archive compressed with bzip2, xz, zstd, 7-Zip or RAR not opened (no decoder in Node); binary file skipped'
    : 'binary file skipped';
}
