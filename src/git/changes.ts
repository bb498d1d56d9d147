// What a change adds: the changed files, the new-side line numbers of the lines they gain and, where the
// patch holds it, each file's whole new side. Shared by `staged` (index against HEAD) and `diff` (a range).
//
// One `git diff` with unlimited context carries the new side of every changed text file, so a pre-commit
// check needs no second git process to read blobs. A change whose patch outgrows FULL_PATCH_LIMIT is read
// again with no context, and its files' blobs come from `git cat-file` (streamed, in bounded memory).
import type { BlobEntry } from './blob-entry.js';
import { OutputLimitError, runGitBlocking } from './exec.js';
import { lfsPointerOid } from './lfs.js';
import { decodeName } from '../name-bytes.js';
import { openRepo, unquotePath, type Repo } from './repo.js';

// Added, copied, modified, renamed, and changed in type: the kinds of change that can bring new text. A link or a
// submodule turned into a file (T) brings all of the file's text: left out, a key committed where a link had been
// was never read.
const DIFF_BASE = [
  'diff',
  '--raw',
  '-p',
  '-z',
  '--no-abbrev',
  '--no-prefix',
  '-M',
  '--diff-filter=ACMRT',
  '--no-ext-diff',
  '--no-textconv',
  '--no-color',
];
/** Context that covers any file: each changed text file's patch is one hunk holding all of its new side. */
const FULL_CONTEXT = '-U2147483647';
/** Patches larger than this (bytes) are not held in memory: a 200 MB bundle with one changed line, say. */
export const FULL_PATCH_LIMIT = 32 * 1024 * 1024;

/** What a change does to one file (by its new path). */
export interface FileChange {
  /** New-side line numbers of the lines the change adds. */
  added: Set<number>;
  /** The whole new side, when the patch holds it (text files, read with full context). */
  content?: Buffer;
  /** git shows no text diff (binary content or attributes): all of the new side counts as added. */
  binary: boolean;
  /** The new side is a Git LFS pointer to the object with this sha256, whose content is the file's (see lfs.ts). */
  lfs?: string;
  /**
   * Renamed or copied: all of the new side counts, less what the old file had at its old path. A path changes what
   * text is (a key moved into public/ ships to browsers; a generic API_KEY= line is NovaMed's in novamed.env), and a
   * pure rename adds no line.
   */
  moved?: boolean;
}

/** A changed file's new blob, and its blob (and path, when renamed or copied) before the change when it had one. */
export interface ChangedBlob extends BlobEntry {
  previous?: string;
  previousPath?: string;
}

/** The changed blobs and what the change does to each file. */
export interface ChangeDiff {
  entries: ChangedBlob[];
  files: Map<string, FileChange>;
}

/** A change being read: the repository and the diff, awaited apart so that "not a repository" wins. */
export interface Change {
  repo: Promise<Repo>;
  diff: Promise<ChangeDiff>;
}

/**
 * Reads a change from `dir`: the diff at once, on this thread (see runGitBlocking), and the repository's top level.
 * A failure of either is held until the caller awaits it.
 */
export function readChange(dir: string, range: string[]): Change {
  const diff = new Promise<ChangeDiff>((resolve) => resolve(readDiff(dir, range)));
  const repo = openRepo(dir);
  // Both are awaited later, after slow imports: their failures must not count as unhandled meanwhile.
  repo.catch(() => {});
  diff.catch(() => {});
  return { repo, diff };
}

/**
 * One `git diff` for both halves: `--raw -z` records (NUL-separated, ended by an empty field), then the
 * patch as bytes. `range` is `['--cached']` or `[base, head]`. Full context unless the patch would pass
 * `limit` bytes; then no context, and the files' contents are left for the caller to read.
 */
export function readDiff(cwd: string, range: string[], limit = FULL_PATCH_LIMIT): ChangeDiff {
  const args = (context: string) => [...DIFF_BASE, context, ...range, '--'];
  let out: Buffer | undefined;
  try {
    out = runGitBlocking(cwd, args(FULL_CONTEXT), limit);
  } catch (error) {
    if (!(error instanceof OutputLimitError)) throw error;
  }
  const whole = out !== undefined;
  out ??= runGitBlocking(cwd, args('-U0'));
  // No path or status field is empty, so the first empty field ends the records.
  const end = out.indexOf('\0\0');
  const entries = changedBlobs(end === -1 ? out : out.subarray(0, end + 1));
  const files = patchedFiles(end === -1 ? Buffer.alloc(0) : out.subarray(end + 2), whole);
  for (const [path, file] of files) {
    const oid = file.content && lfsPointerOid(file.content);
    // None of the object's lines is in the patch: all of them count, as for a binary file.
    if (oid) files.set(path, { ...file, lfs: oid, binary: true });
  }
  for (const entry of entries) {
    if (entry.previousPath === undefined) continue;
    const file = files.get(entry.path) ?? { added: new Set<number>(), binary: false };
    files.set(entry.path, { ...file, moved: true });
  }
  return { entries, files };
}

/** The id git writes for no blob: zeros only (a string test: a regex here was compiled on every commit). */
function isNoBlob(sha: string): boolean {
  return sha.length > 0 && sha === '0'.repeat(sha.length);
}
const GITLINK = '160000';

/**
 * Both blobs of every changed file, from `git diff --raw -z --no-abbrev` records. Paths are bytes (src/name-bytes.ts):
 * decoded as UTF-8, `\xfe.env` and `\xff.env` were both `\ufffd.env`, and one file's patch stood for the other's.
 */
export function changedBlobs(raw: Buffer): ChangedBlob[] {
  const fields = decodeName(raw).split('\0');
  const entries: ChangedBlob[] = [];
  for (let i = 0; i < fields.length - 1; ) {
    const field = fields[i++]!;
    const meta = (field.startsWith(':') ? field.slice(1) : field).split(' ');
    const status = meta[4] ?? '';
    // Renames and copies name the old path, then the new one.
    const moved = status.startsWith('R') || status.startsWith('C') ? { previousPath: fields[i++]! } : {};
    // A submodule's commit id is no blob to read (a submodule turned into a file had none).
    const previous = meta[2] !== undefined && !isNoBlob(meta[2]) && meta[0] !== GITLINK ? { previous: meta[2] } : {};
    entries.push({ sha: meta[3]!, mode: meta[1]!, path: fields[i++]!, ...previous, ...moved });
  }
  return entries;
}

const NEWLINE = 0x0a;
const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * What a `--no-prefix` patch does to each file, by new path: added line numbers and whether git called it
 * binary; with `whole` (the patch has unlimited context), also each text file's new side, rebuilt byte for
 * byte from its one hunk's context and added lines.
 */
export function patchedFiles(patch: Buffer, whole: boolean): Map<string, FileChange> {
  const files = new Map<string, FileChange>();
  let header = '';
  let path: string | undefined;
  let change: FileChange = { added: new Set(), binary: false };
  // The new side, as [start, end) byte ranges of the patch; undefined when the patch does not hold it all.
  let parts: number[] | undefined;
  let hunks = 0;
  let pendingOld = 0;
  let pendingNew = 0;
  let newLine = 0;
  let lastNewSide = false;
  // Where the next NUL byte is at or after the line being read (found once per NUL, not once per line).
  let nul = -1;

  const finish = (): void => {
    path ??= sameSides(header);
    if (path === undefined) return;
    if (whole && hunks === 1 && parts) change.content = gather(patch, parts);
    files.set(path, change);
  };

  for (let at = 0; at < patch.length; ) {
    const next = patch.indexOf(NEWLINE, at);
    const end = next === -1 ? patch.length : next + 1;
    const first = patch[at]!;
    // Inside a hunk every line is content, even one that looks like a header.
    if (pendingOld > 0 || pendingNew > 0) {
      if (first === 0x2d /* - */) {
        pendingOld--;
        lastNewSide = false;
      } else if (first === 0x2b /* + */ || first === 0x20 /* space */) {
        if (first === 0x20) pendingOld--;
        else {
          change.added.add(newLine);
          if (nul < at) nul = patch.indexOf(0, at);
          if (nul === -1) nul = patch.length; // none left: never looked for again
          // An added line holding a NUL is text git was told to diff (a `diff` attribute) or probed too little of
          // (a NUL past its first 8,000 bytes), such as UTF-16: git counts its lines at every 0x0A byte, the engine
          // at the decoded line breaks, so the key of a UTF-16 .env hid on a line number git called unchanged. All
          // of its new side counts, as for a binary file.
          if (nul < end) change.binary = true;
        }
        newLine++;
        pendingNew--;
        parts?.push(at + 1, end);
        lastNewSide = true;
      } else if (first === 0x5c /* \ No newline at end of file */) {
        if (lastNewSide) dropFinalNewline(parts);
      }
      at = end;
      continue;
    }
    const line = decodeName(patch.subarray(at, next === -1 ? patch.length : next));
    at = end;
    if (line.startsWith('diff --git ')) {
      if (header) finish();
      header = line.slice(11);
      path = undefined;
      change = { added: new Set(), binary: false };
      parts = undefined;
      hunks = 0;
    } else if (line.startsWith('\\')) {
      // The marker after a hunk's last line.
      if (lastNewSide) dropFinalNewline(parts);
    } else if (line.startsWith('+++ ')) {
      const target = line.endsWith('\t') ? line.slice(4, -1) : line.slice(4);
      if (target !== '/dev/null') path = unquotePath(target);
    } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
      path = unquotePath(line.slice(line.indexOf(' to ') + 4));
    } else if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
      change.binary = true;
    } else if (line.startsWith('@@ ')) {
      const hunk = HUNK.exec(line);
      if (!hunk) continue;
      hunks++;
      pendingOld = hunk[1] === undefined ? 1 : Number(hunk[1]);
      newLine = Number(hunk[2]);
      pendingNew = hunk[3] === undefined ? 1 : Number(hunk[3]);
      // With unlimited context a file's one hunk starts at its first line (or is empty, on the new side).
      parts = whole && hunks === 1 && (newLine === 1 || pendingNew === 0) ? [] : undefined;
      lastNewSide = false;
    }
  }
  if (header) finish();
  return files;
}

/** The path of a `diff --git P P` header whose sides are the same path (quoted or not). */
function sameSides(header: string): string | undefined {
  const half = (header.length - 1) / 2;
  if (!Number.isInteger(half) || header[half] !== ' ' || header.slice(0, half) !== header.slice(half + 1))
    return undefined;
  return unquotePath(header.slice(0, half));
}

function dropFinalNewline(parts: number[] | undefined): void {
  if (parts && parts.length > 0) parts[parts.length - 1]!--;
}

function gather(patch: Buffer, parts: number[]): Buffer {
  let size = 0;
  for (let i = 0; i < parts.length; i += 2) size += parts[i + 1]! - parts[i]!;
  const content = Buffer.allocUnsafe(size);
  let offset = 0;
  for (let i = 0; i < parts.length; i += 2) offset += patch.copy(content, offset, parts[i]!, parts[i + 1]!);
  return content;
}
