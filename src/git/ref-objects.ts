// Blobs that refs name without a commit. `git log --all` walks commits only, so a tag pointing at a blob or a tree
// (pushed with `--tags` like any other, and fetched by every clone) held a key that `keylint git --all` never read.
import { objectPath, type BlobEntry } from './blob-entry.js';
import { runGit } from './exec.js';

/**
 * Each blob a ref names directly (at the ref's name) or through a tree (at its path in the tree), annotated tags
 * peeled to what they finally name, and each annotated tag object a ref names (at `.git/` and the ref's name). Refs that name
 * commits are the history walk's.
 */
export async function refBlobs(cwd: string): Promise<BlobEntry[]> {
  const lines = (await runGit(cwd, ['for-each-ref', '--format=%(objectname) %(objecttype) %(refname)']))
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '');
  const objects = lines.map((line) => line.slice(0, line.lastIndexOf(' ')));
  const refs = lines.map((line) => line.slice(line.lastIndexOf(' ') + 1));
  if (refs.length === 0) return [];
  // A ref name holds no space or line break (git check-ref-format), so each is one line of the batch.
  const peeled = (
    await runGit(cwd, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], refs.map((r) => `${r}^{}\n`).join(''))
  )
    .toString('utf8')
    .split('\n');
  const entries: BlobEntry[] = [];
  const trees = new Set<string>();
  refs.forEach((ref, i) => {
    // An annotated tag's message is pushed with `--tags` and fetched by every clone, as a commit's is.
    const [tag = '', kind] = objects[i]!.split(' ');
    if (kind === 'tag') entries.push({ sha: tag, path: objectPath(ref), mode: '100644' });
    const [sha = '', type] = peeled[i]!.split(' ');
    if (type === 'blob') entries.push({ sha, path: ref, mode: '100644' });
    else if (type === 'tree') trees.add(sha);
  });
  for (const tree of trees) entries.push(...(await treeBlobs(cwd, tree)));
  return entries;
}

/** Every entry of a tree, recursively: `<mode> <type> <sha>\t<path>` records, NUL-separated. */
export async function treeBlobs(cwd: string, tree: string): Promise<BlobEntry[]> {
  const out = (await runGit(cwd, ['ls-tree', '-r', '-z', '--full-tree', tree])).toString('utf8');
  return out
    .split('\0')
    .filter((record) => record !== '')
    .map((record) => {
      const tab = record.indexOf('\t');
      const [mode = '', , sha = ''] = record.slice(0, tab).split(' ');
      return { sha, path: record.slice(tab + 1), mode };
    });
}
