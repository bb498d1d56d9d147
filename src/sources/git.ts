// Git as a source: blobs from history (each once, with the commit that introduced it) or the blobs of a
// change (the index, a diff range), read through `git cat-file --batch`.
import { readObjects } from '../git/cat-file.js';
import { introducedBlobs, type CommitInfo, type WalkOptions } from '../git/log.js';
import type { Item, ScanNote, Source } from '../types.js';

/** One blob to scan: its object id, path and file mode, and the commit it came from when known. */
export interface BlobEntry {
  sha: string;
  path: string;
  mode: string;
  commit?: string;
}

const GITLINK = '160000';
const SYMLINK = '120000';

/** A source over the given blobs; gitlinks (submodules) and symbolic links are skipped. */
export function blobSource(cwd: string, entries: (notes: ScanNote[]) => AsyncIterable<BlobEntry> | Iterable<BlobEntry>, isExcluded?: (file: string) => boolean): Source {
  return {
    async *items(notes: ScanNote[]): AsyncIterable<Item> {
      const wanted: BlobEntry[] = [];
      for await (const entry of entries(notes)) {
        if (entry.mode === GITLINK) notes.push({ file: entry.path, reason: 'submodule (gitlink) not scanned; scan its repository on its own' });
        else if (entry.mode !== SYMLINK && !isExcluded?.(entry.path)) wanted.push(entry);
      }
      for await (const object of readObjects(cwd, wanted.map((e) => e.sha))) {
        const entry = wanted[object.index]!;
        if ('error' in object) {
          notes.push({ file: entry.path, reason: `${object.error} (blob ${entry.sha.slice(0, 12)})` });
          continue;
        }
        const commit = entry.commit ? { commit: entry.commit } : {};
        if ('content' in object) {
          const content = object.content;
          yield { path: entry.path, size: object.size, read: async () => content, ...commit };
          continue;
        }
        const { stream } = object;
        // The stream reads the shared pipe: the next object is only read once the engine is done with it.
        yield { path: entry.path, size: object.size, stream: () => stream, read: () => collect(stream), ...commit };
      }
    },
  };
}

/** Every blob the walked history introduced, each once; `commits` fills with the introducing commits. */
export function historySource(cwd: string, walk: WalkOptions, commits: Map<string, CommitInfo>, isExcluded?: (file: string) => boolean): Source {
  return blobSource(
    cwd,
    async function* (notes) {
      try {
        for await (const blob of introducedBlobs(cwd, walk)) {
          commits.set(blob.commit.sha, blob.commit);
          yield { sha: blob.sha, path: blob.path, mode: blob.mode, commit: blob.commit.sha };
        }
      } catch (error) {
        // A corrupt commit or tree ends the walk there; what was listed so far is still scanned.
        notes.push({ file: '.git', reason: `history walk stopped early: ${(error as Error).message}` });
      }
    },
    isExcluded,
  );
}

async function collect(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part);
  return Buffer.concat(parts);
}
