// A shallow repository's `.git/shallow` lists the commits git treats as having no parents. git writes it at a fetch's
// depth boundary, where the parents are truly absent; a repository handed over with its `.git` can list any commit,
// and `git log` then stops there although the older commits (and the keys they add) are all in the object store.
import path from 'node:path';
import { readRegularFile } from '../regular-file.js';
import { runGit } from './exec.js';

/** Largest `.git/shallow` checked (about 100,000 commit ids); git's own fetches write one line per boundary commit. */
const MAX_SHALLOW_BYTES = 4 * 1024 * 1024;
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** What the shallow file hides: parents it cuts off that the repository holds, or why it could not be checked. */
export interface ShallowCheck {
  /** Commits to walk beside the chosen revisions: the present parents of listed commits. */
  hiddenParents: string[];
  /** Set when the file could not be checked (too large, not a regular file). */
  unchecked?: string;
}

/** The present parents of the commits `.git/shallow` lists in the repository at `root`. */
export async function checkShallow(root: string): Promise<ShallowCheck> {
  const where = (await runGit(root, ['rev-parse', '--git-path', 'shallow'])).toString('utf8').trim();
  let text: string;
  try {
    text = readRegularFile(path.resolve(root, where), MAX_SHALLOW_BYTES).toString('latin1');
  } catch (error) {
    return { hiddenParents: [], unchecked: (error as Error).message };
  }
  const listed = text.split('\n').filter((line) => COMMIT_ID.test(line));
  if (listed.length === 0) return { hiddenParents: [] };
  // Raw commit objects name their parents whatever the shallow file says.
  const raw = await runGit(root, ['cat-file', '--batch'], `${listed.join('\n')}\n`);
  const parents = new Set<string>();
  for (let at = 0; at < raw.length; ) {
    const headerEnd = raw.indexOf(10, at);
    const [, type, size] = raw.subarray(at, headerEnd).toString('latin1').split(' ');
    if (type === undefined || size === undefined) {
      at = headerEnd + 1;
      continue;
    }
    const body = raw.subarray(headerEnd + 1, headerEnd + 1 + Number(size)).toString('latin1');
    at = headerEnd + 1 + Number(size) + 1;
    if (type !== 'commit') continue;
    for (const line of body.slice(0, body.indexOf('\n\n')).split('\n'))
      if (line.startsWith('parent ')) parents.add(line.slice(7));
  }
  if (parents.size === 0) return { hiddenParents: [] };
  const check = await runGit(root, ['cat-file', '--batch-check'], `${[...parents].join('\n')}\n`);
  const present = check
    .toString('latin1')
    .split('\n')
    .filter((line) => / commit \d+$/.test(line))
    .map((line) => line.split(' ')[0]!);
  return { hiddenParents: present };
}
