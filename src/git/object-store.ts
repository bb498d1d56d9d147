// What a history git could not walk still holds. `git log --reverse` lists nothing before it has met every commit, so
// one corrupt commit or tree left a history scan with no finding at all (a note, exit 0), although every other object
// was there to read.
import { objectPath, type BlobEntry } from './blob-entry.js';
import { runGit } from './exec.js';
import { treeBlobs } from './ref-objects.js';

const GITLINK = '160000';

/**
 * The blobs a stopped walk did not reach (`walked` holds those it did): each chosen tip's files at their paths, then
 * every other blob of the object store at `.git/objects/<id>`, since no readable tree says where it was.
 */
export async function* unwalkedBlobs(cwd: string, revisions: string[], walked: Set<string>): AsyncGenerator<BlobEntry> {
  const listed = new Set(walked);
  const tips = revisions.includes('--all') ? linesOf(await runGit(cwd, ['rev-parse', '--all'])) : revisions;
  for (const tip of tips) {
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
  const store = await runGit(cwd, ['cat-file', '--batch-all-objects', '--batch-check=%(objectname) %(objecttype)']);
  for (const line of linesOf(store)) {
    const [sha = '', type] = line.split(' ');
    if (type !== 'blob' || listed.has(sha)) continue;
    listed.add(sha);
    yield { sha, path: objectPath(`objects/${sha}`), mode: '100644' };
  }
}

function linesOf(out: Buffer): string[] {
  return out
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '');
}
