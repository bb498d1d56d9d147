// What a history git could not walk still holds. `git log --reverse` lists nothing before it has met every commit, so
// one corrupt commit or tree left a history scan with no finding at all (a note, exit 0), although every other object
// was there to read.
import path from 'node:path';
import { readRegularFile } from '../regular-file.js';
import type { ScanNote } from '../types.js';
import { objectPath, type BlobEntry } from './blob-entry.js';
import { runGit } from './exec.js';
import { refTips, treeBlobs } from './ref-objects.js';

const GITLINK = '160000';
const MAX_TIPS = 100;

/**
 * The blobs a stopped walk did not reach (`walked` holds those it did): each chosen tip's files at their paths, then
 * every other blob of the object store at `.git/objects/<id>`, since no readable tree says where it was.
 */
export async function* unwalkedBlobs(
  cwd: string,
  revisions: string[],
  walked: Set<string>,
  notes: ScanNote[],
): AsyncGenerator<BlobEntry> {
  const listed = new Set(walked);
  const tips = revisions.includes('--all') ? (await refTips(cwd)).commits : revisions;
  // Paths for the blobs of the first tips; a repository of thousands of tags gets the rest's by id, not a git each.
  for (const tip of tips.slice(0, MAX_TIPS)) {
    let files: BlobEntry[];
    try {
      files = await treeBlobs(cwd, tip);
    } catch {
      // A tip that is corrupt itself, or names a blob (a tag): the object store's listing below still has its blobs.
      continue;
    }
    for (const file of files) {
      if (file.mode === GITLINK || listed.has(file.sha)) continue;
      listed.add(file.sha);
      yield file;
    }
  }
  if (await borrowsObjects(cwd)) {
    notes.push({
      file: '.git',
      reason: 'the repository borrows objects (alternates): its object store was not listed',
    });
    return;
  }
  const store = await runGit(cwd, ['cat-file', '--batch-all-objects', '--batch-check=%(objectname) %(objecttype)']);
  for (const line of linesOf(store)) {
    const [sha = '', type] = line.split(' ');
    if (type !== 'blob' || listed.has(sha)) continue;
    listed.add(sha);
    yield { sha, path: objectPath(`objects/${sha}`), mode: '100644' };
  }
}

/**
 * Whether objects come from other stores too: git lists theirs with its own, and a .git handed over can name any store
 * on the machine (another project's), whose unreachable blobs would be reported as this repository's.
 */
async function borrowsObjects(cwd: string): Promise<boolean> {
  if (process.env.GIT_ALTERNATE_OBJECT_DIRECTORIES) return true;
  const file = path.resolve(cwd, linesOf(await runGit(cwd, ['rev-parse', '--git-path', ALTERNATES]))[0] ?? ALTERNATES);
  try {
    return readRegularFile(file, MAX_ALTERNATES_BYTES).toString('utf8').trim() !== '';
  } catch (error) {
    // No such file: the store is the repository's own. Anything else at that name (a FIFO, a huge file) is not.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

const ALTERNATES = 'objects/info/alternates';
const MAX_ALTERNATES_BYTES = 1024 * 1024;

function linesOf(out: Buffer): string[] {
  return out
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '');
}
