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
  const refs = await refList(cwd);
  if (refs.length === 0) return [];
  // Each ref twice: its own object's type (a tag object, or `missing`), and what it finally names, tags peeled.
  const answers = await batchCheck(
    cwd,
    refs.flatMap((ref) => [ref.id, `${ref.id}^{}`]),
  );
  const entries: BlobEntry[] = [];
  const trees = new Set<string>();
  refs.forEach((ref, i) => {
    // An annotated tag's message is pushed with `--tags` and fetched by every clone, as a commit's is.
    if (answers[2 * i]!.endsWith(' tag')) entries.push({ sha: ref.id, path: objectPath(ref.name), mode: '100644' });
    const [sha = '', type] = answers[2 * i + 1]!.split(' ');
    if (type === 'blob') entries.push({ sha, path: ref.name, mode: '100644' });
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

/** What `--all` walks, without the refs that name objects the repository lacks. */
export interface RefTips {
  /** The commits the refs and HEAD lead to, each once. */
  commits: string[];
  /** Refs (and HEAD) whose object is missing. */
  broken: string[];
}

/**
 * The refs' and HEAD's commits, once `git log --all` has refused the walk: one ref naming an object the repository
 * lacks (a line in `.git/packed-refs`, anyone's to write in a repository handed over) stopped the whole history, and
 * `keylint git --all` reported nothing, exit 0.
 */
export async function refTips(cwd: string): Promise<RefTips> {
  const refs = await refList(cwd);
  const head = (await runGit(cwd, ['rev-parse', '--quiet', 'HEAD']).catch(() => Buffer.alloc(0))).toString().trim();
  if (/^[0-9a-f]{40,64}$/.test(head)) refs.unshift({ id: head, name: 'HEAD' });
  // Each ref twice: whether its object exists, and the commit it leads to (a tag of a blob leads to none).
  const answers = await batchCheck(
    cwd,
    refs.flatMap((ref) => [ref.id, `${ref.id}^{commit}`]),
  );
  const commits = new Set<string>();
  const broken: string[] = [];
  refs.forEach((ref, i) => {
    if (answers[2 * i]!.endsWith(' missing')) broken.push(ref.name);
    const [id = '', type] = answers[2 * i + 1]!.split(' ');
    if (type === 'commit') commits.add(id);
  });
  return { commits: [...commits], broken };
}

/**
 * Every ref with the id it names, read without the object (`%(objecttype)` would read it): a ref naming an object the
 * repository lacks made for-each-ref fail, and every tag's blob go unread.
 */
async function refList(cwd: string): Promise<Array<{ id: string; name: string }>> {
  // A ref name holds no space or line break (git check-ref-format).
  return (await runGit(cwd, ['for-each-ref', '--format=%(objectname) %(refname)']))
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => ({ id: line.slice(0, line.indexOf(' ')), name: line.slice(line.indexOf(' ') + 1) }));
}

/** `<id> <type>` (or `<object> missing`) for each object name, in order. */
async function batchCheck(cwd: string, objects: string[]): Promise<string[]> {
  const input = objects.map((object) => `${object}\n`).join('');
  return (await runGit(cwd, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], input))
    .toString('utf8')
    .split('\n');
}
