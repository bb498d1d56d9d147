// A zip read from its local headers, front to back, as streaming unzippers (Java's ZipInputStream, bsdtar) read it. A
// zip whose end is cut off (a partial download, or a `keys.zip` committed without its last bytes) has no central
// directory, which yauzl needs: its deflated entries were skipped as a binary file, although those tools extract them.
import zlib from 'node:zlib';

const LOCAL_HEADER = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const FIXED_BYTES = 30;
const ENCRYPTED = 1;
const SIZES_AFTER_DATA = 8;
const UNKNOWN_SIZE = 0xffffffff;

/** One entry: its raw name, and its content (a cut-off entry's first part) or why it is not read. */
export type LocalEntry = { rawName: Buffer; content: Buffer } | { rawName: Buffer; skipped: string };

/**
 * The entries whose local headers follow each other from the zip's first byte, up to the first that is not one (the
 * central directory, or the cut). Each inflates to at most `cap()` bytes; past it zlib throws ERR_BUFFER_TOO_LARGE.
 */
export function* localZipEntries(zip: Buffer, cap: () => number): Generator<LocalEntry> {
  let at = 0;
  while (at + FIXED_BYTES <= zip.length && zip.readUInt32LE(at) === LOCAL_HEADER) {
    const flags = zip.readUInt16LE(at + 6);
    const method = zip.readUInt16LE(at + 8);
    const declared = zip.readUInt32LE(at + 18);
    const nameEnd = at + FIXED_BYTES + zip.readUInt16LE(at + 26);
    const rawName = zip.subarray(at + FIXED_BYTES, nameEnd);
    const start = nameEnd + zip.readUInt16LE(at + 28);
    const sized = (flags & SIZES_AFTER_DATA) === 0 && declared !== UNKNOWN_SIZE;
    let end: number;
    if (flags & ENCRYPTED || (method !== 0 && method !== 8)) {
      yield {
        rawName,
        skipped: flags & ENCRYPTED ? 'encrypted entry skipped' : `compression method ${method} skipped`,
      };
      if (!sized) return;
      end = start + declared;
    } else if (method === 8) {
      // A cut-off entry inflates as far as its bytes go (a sync flush, not an error), and one of unknown size ends
      // where its deflate stream does.
      const { buffer, engine } = zlib.inflateRawSync(zip.subarray(start, sized ? start + declared : undefined), {
        info: true,
        maxOutputLength: Math.max(1, cap()),
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
      }) as unknown as { buffer: Buffer; engine: zlib.InflateRaw };
      yield { rawName, content: buffer };
      end = sized ? start + declared : start + engine.bytesWritten;
    } else {
      // Stored bytes of unknown size have no end to find.
      if (!sized) return yield { rawName, skipped: 'stored entry of unknown size skipped' };
      yield { rawName, content: zip.subarray(start, Math.min(zip.length, start + declared)) };
      end = start + declared;
    }
    if (flags & SIZES_AFTER_DATA) end += end + 4 <= zip.length && zip.readUInt32LE(end) === DESCRIPTOR ? 16 : 12;
    at = end;
  }
}
