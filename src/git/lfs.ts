// Git LFS pointers in a change. A file that `.gitattributes` sends through `filter=lfs` is committed as a pointer (a
// version line, the content's sha256, its size); its content lives in LFS storage, which every clone with git-lfs
// downloads. A pull request can add that attribute beside a key, so a change's pointer is read as its content: from
// the local LFS store (`git add` puts it there, so a pre-commit check always has it), else a note says what is unread.
import path from 'node:path';
import { readRegularFile, UnreadableFileError } from '../regular-file.js';
import { runGitSync } from './exec.js';

const POINTER_START = 'version https://git-lfs.github.com/spec/v1\n';
/** The spec caps pointers at 1024 bytes; anything larger is a file of its own. */
const POINTER_MAX_BYTES = 1024;
const OID = /^oid sha256:([0-9a-f]{64})$/m;
/** An LFS object is read whole, as a blob is: larger ones are a note. */
const OBJECT_MAX_BYTES = 64 * 1024 * 1024;

/** The sha256 a Git LFS pointer names, or undefined when `content` is no pointer. */
export function lfsPointerOid(content: Buffer): string | undefined {
  if (
    content.length > POINTER_MAX_BYTES ||
    !content.toString('latin1', 0, POINTER_START.length).startsWith(POINTER_START)
  )
    return undefined;
  return OID.exec(content.toString('latin1'))?.[1];
}

/**
 * The content of the LFS object `oid` from the store of the repository at `cwd`, or the reason it is not read (fit
 * for a note). `oid` is 64 hex digits, so the path it makes stays inside the store.
 */
export function readLfsObject(cwd: string, oid: string): Buffer | string {
  const common = runGitSync(cwd, ['rev-parse', '--git-common-dir'])?.toString('utf8').trim();
  if (!common) return 'Git LFS pointer: its content was not found, not scanned';
  const file = path.resolve(cwd, common, 'lfs', 'objects', oid.slice(0, 2), oid.slice(2, 4), oid);
  try {
    return readRegularFile(file, OBJECT_MAX_BYTES);
  } catch (error) {
    if (error instanceof UnreadableFileError) return `Git LFS object ${error.message}`;
    return 'Git LFS pointer: its content is not in this clone, not scanned (run `git lfs fetch`, then keylint again)';
  }
}
