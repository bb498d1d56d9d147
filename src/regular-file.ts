// Bounded reads of files that scanned content (or a hostile repository) may name: a name can point at a FIFO
// (opening it blocks until a writer comes), a device (`/dev/zero` never ends), a symbolic link, or a huge file.
import fs from 'node:fs';
import { fsPath } from './name-bytes.js';

/** Why a file named by untrusted content was not read; the message is fit for a note. */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}

// O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer; on regular files it changes nothing.
// O_NOFOLLOW (unless asked to follow): a symbolic link fails with ELOOP, as the walk itself never follows links.
const OPEN_FLAGS = fs.constants.O_RDONLY | fs.constants.O_NONBLOCK;

/**
 * The content of `file` when it is a regular file of at most `maxBytes`; throws UnreadableFileError (or the
 * system error) otherwise. At most `maxBytes + 1` bytes are read, whatever size the file claims (`/proc` files
 * claim 0, and a file can grow while it is read). A symbolic link is refused unless `followLinks` (a config
 * file the user names may be one: what it leads to must still be a regular file).
 */
export function readRegularFile(file: string, maxBytes: number, options: { followLinks?: boolean } = {}): Buffer {
  const fd = fs.openSync(fsPath(file), OPEN_FLAGS | (options.followLinks ? 0 : fs.constants.O_NOFOLLOW));
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new UnreadableFileError('not a regular file; not read');
    const tooLarge = () => new UnreadableFileError(`larger than ${describeBytes(maxBytes)}; not read`);
    if (stat.size > maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    // The first read asks for one byte more than the file claims, so that a file of the size it says ends there.
    for (let wanted = Math.max(stat.size + 1, 64 * 1024); ; wanted = 1024 * 1024) {
      const chunk = Buffer.allocUnsafe(Math.min(wanted, maxBytes + 1 - total));
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) throw tooLarge();
    }
  } finally {
    fs.closeSync(fd);
  }
}

function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
