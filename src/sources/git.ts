// Git as a source: blobs from history (each once, with the commit that introduced it) or the blobs of a
// change (the index, a diff range), read through `git cat-file --batch`.
import { objectPath, type BlobEntry } from '../git/blob-entry.js';
import type { ReadOptions } from '../git/cat-file.js';
import type { FileChange } from '../git/changes.js';
import { runGit } from '../git/exec.js';
import { readLfsObject } from '../git/lfs.js';
import type { CommitInfo, MessageFilter, WalkOptions } from '../git/log.js';
import type { Item, ScanNote, Source } from '../types.js';

const GITLINK = '160000';
const SYMLINK = '120000';

/** A source over the given blobs, read while `entries` is still listing them; gitlinks (submodules) and symbolic links are skipped. */
export function blobSource(
  cwd: string,
  entries: (notes: ScanNote[]) => AsyncIterable<BlobEntry> | Iterable<BlobEntry>,
  isExcluded?: (file: string) => boolean,
  options: ReadOptions = {},
): Source {
  return {
    async *items(notes: ScanNote[]): AsyncIterable<Item> {
      // Loaded here: a pre-commit check whose patch holds every file never reads a blob.
      const { readObjects } = await import('../git/cat-file.js');
      for await (const object of readObjects(
        cwd,
        wantedEntries(entries(notes), notes, isExcluded),
        (e) => e.sha,
        options,
      )) {
        const entry = object.request;
        if ('error' in object) {
          notes.push({ file: entry.path, reason: `${object.error} (blob ${entry.sha.slice(0, 12)})` });
          continue;
        }
        const commit = entry.commit ? { commit: entry.commit } : {};
        if ('content' in object) {
          const { content, release } = object;
          yield { path: entry.path, size: object.size, read: async () => content, release, ...commit };
          continue;
        }
        const { stream } = object;
        // The stream reads the shared pipe: the next object is only read once the engine is done with it.
        yield { path: entry.path, size: object.size, stream: () => stream, read: () => collect(stream), ...commit };
      }
    },
  };
}

/**
 * What a change adds: files whose new side the patch holds are scanned from it, binary ones are read from
 * git, and so are text files the patch left out (too large to hold) and renamed or copied ones; mode changes and
 * emptied files, which add no line, are not read at all.
 */
export function changeSource(
  cwd: string,
  entries: BlobEntry[],
  files: Map<string, FileChange>,
  isExcluded?: (file: string) => boolean,
): Source {
  return {
    async *items(notes: ScanNote[]): AsyncIterable<Item> {
      const unread: BlobEntry[] = [];
      for await (const entry of wantedEntries(entries, notes, isExcluded)) {
        const file = files.get(entry.path);
        // A pointer's own text is read too: it is a blob every clone gets, and a key on a line after its oid passed
        // for the pointer's text and was never read (a note about the object only, exit 0).
        if (file?.content) yield textItem(entry.path, file.content);
        if (file?.lfs) {
          const object = lfsContent(cwd, entry.path, file.lfs, notes);
          if (object) yield textItem(entry.path, object);
        } else if (!file?.content && file && (file.binary || file.moved || file.added.size > 0)) unread.push(entry);
      }
      if (unread.length > 0) yield* blobSource(cwd, () => unread).items(notes);
    },
  };
}

function textItem(path: string, content: Buffer): Item {
  return { path, size: content.length, read: async () => content };
}

/** The content of a changed LFS pointer's object, or undefined with a note saying why it is unread. */
function lfsContent(cwd: string, path: string, oid: string, notes: ScanNote[]): Buffer | undefined {
  const object = readLfsObject(cwd, oid);
  if (typeof object !== 'string') return object;
  notes.push({ file: path, reason: object });
  return undefined;
}

/**
 * The reference the fast path is tested against: lists every entry first, then reads each blob with its
 * own `git cat-file blob` (slow: one process per blob). Same skips, same notes, same items.
 */
export function referenceBlobSource(
  cwd: string,
  entries: (notes: ScanNote[]) => AsyncIterable<BlobEntry> | Iterable<BlobEntry>,
  isExcluded?: (file: string) => boolean,
): Source {
  return {
    async *items(notes: ScanNote[]): AsyncIterable<Item> {
      const wanted: BlobEntry[] = [];
      for await (const entry of wantedEntries(entries(notes), notes, isExcluded)) wanted.push(entry);
      for (const entry of wanted) {
        let content: Buffer;
        try {
          content = await runGit(cwd, ['cat-file', '-p', entry.sha]);
        } catch {
          notes.push({ file: entry.path, reason: `unreadable object (blob ${entry.sha.slice(0, 12)})` });
          continue;
        }
        yield {
          path: entry.path,
          size: content.length,
          read: async () => content,
          ...(entry.commit ? { commit: entry.commit } : {}),
        };
      }
    },
  };
}

async function* wantedEntries(
  entries: AsyncIterable<BlobEntry> | Iterable<BlobEntry>,
  notes: ScanNote[],
  isExcluded?: (file: string) => boolean,
): AsyncIterable<BlobEntry> {
  for await (const entry of entries) {
    if (entry.mode === GITLINK)
      notes.push({ file: entry.path, reason: 'submodule (gitlink) not scanned; scan its repository on its own' });
    else if (entry.mode !== SYMLINK && !isExcluded?.(entry.path)) yield entry;
  }
}

/**
 * Every blob the walked history introduced, each once, the commit objects whose message `message` lets through, and
 * with `--all` annotated tag objects; `commits` fills with the introducing commits.
 */
export function historySource(
  cwd: string,
  walk: WalkOptions,
  commits: Map<string, CommitInfo>,
  isExcluded?: (file: string) => boolean,
  options: { reference?: boolean; message?: MessageFilter } = {},
): Source {
  const entries = historyEntries(cwd, walk, commits, isExcluded, options.message);
  if (options.reference) return referenceBlobSource(cwd, entries, isExcluded);
  return blobSource(cwd, entries, isExcluded, { bulk: true });
}

function historyEntries(
  cwd: string,
  walk: WalkOptions,
  commits: Map<string, CommitInfo>,
  isExcluded?: (file: string) => boolean,
  message?: MessageFilter,
) {
  return async function* (notes: ScanNote[]): AsyncIterable<BlobEntry> {
    // Every ref: also the blobs that tags name without a commit, read after the walk unless it met them.
    const byRef = walk.revisions.includes('--all') ? await blobsOfRefs(cwd, notes) : [];
    const walked = new Set<string>();
    const { introducedBlobs } = await import('../git/log.js');
    const walkOf = async function* (revisions: string[]) {
      for await (const blob of introducedBlobs(cwd, { ...walk, revisions }, isExcluded, message)) {
        commits.set(blob.commit.sha, blob.commit);
        walked.add(blob.sha);
        yield { sha: blob.sha, path: blob.path, mode: blob.mode, commit: blob.commit.sha };
      }
    };
    try {
      try {
        yield* walkOf(walk.revisions);
      } catch (error) {
        // A ref naming a missing object refuses `--all` before anything is listed: walked again without it.
        const tips = walked.size === 0 && walk.revisions.includes('--all') ? await tipsOf(cwd, notes) : undefined;
        if (!tips) throw error;
        yield* walkOf([...tips, ...walk.revisions.filter((revision) => revision !== '--all')]);
      }
    } catch (error) {
      // A corrupt commit or tree ends the walk there: the blobs it did not list are read without their commits.
      notes.push({
        file: '.git',
        reason: `history walk stopped early: ${(error as Error).message}; the chosen refs' files and the object store's other blobs were read instead, without their commits`,
      });
      yield* unwalked(cwd, walk.revisions, walked, notes);
    }
    for (const entry of byRef) if (!walked.has(entry.sha) && !isExcluded?.(entry.path)) yield entry;
  };
}

async function collect(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part);
  return Buffer.concat(parts);
}

/** The commits `--all` leads to when some refs name missing objects (each a note), else undefined. */
async function tipsOf(cwd: string, notes: ScanNote[]): Promise<string[] | undefined> {
  try {
    const { refTips } = await import('../git/ref-objects.js');
    const { commits, broken } = await refTips(cwd);
    if (broken.length === 0) return undefined;
    for (const ref of broken.slice(0, MAX_BROKEN_NOTES))
      notes.push({ file: objectPath(ref), reason: 'names an object this repository lacks; history walked without it' });
    if (broken.length > MAX_BROKEN_NOTES)
      notes.push({ file: '.git', reason: `${broken.length - MAX_BROKEN_NOTES} more refs name missing objects` });
    return commits;
  } catch {
    return undefined;
  }
}

const MAX_BROKEN_NOTES = 10;

async function* unwalked(cwd: string, revisions: string[], walked: Set<string>, notes: ScanNote[]) {
  try {
    const { unwalkedBlobs } = await import('../git/object-store.js');
    for await (const entry of unwalkedBlobs(cwd, revisions, walked, notes)) {
      walked.add(entry.sha);
      yield entry;
    }
  } catch (error) {
    notes.push({ file: '.git', reason: `the object store could not be listed: ${(error as Error).message}` });
  }
}

async function blobsOfRefs(cwd: string, notes: ScanNote[]): Promise<BlobEntry[]> {
  try {
    const { refBlobs } = await import('../git/ref-objects.js');
    return await refBlobs(cwd);
  } catch (error) {
    notes.push({ file: '.git', reason: `blobs that tags name were not read: ${(error as Error).message}` });
    return [];
  }
}
