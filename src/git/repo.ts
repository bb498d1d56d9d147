// The repository a git command works on: its top level, whether it is shallow, and checked revisions.
import fs from 'node:fs';
import path from 'node:path';
import { decodeName, nameBytes } from '../name-bytes.js';
import { BlockedGitError, GitError, runGit } from './exec.js';
import { plainRepo } from './plain-repo.js';

/** A repository opened for scanning. */
export interface Repo {
  /** Absolute path of the working tree's top level (the git dir for a bare repository). */
  root: string;
  shallow: boolean;
}

/** Opens the repository containing `dir`; a GitError when there is none. */
export async function openRepo(dir: string): Promise<Repo> {
  if (!fs.existsSync(dir)) throw new GitError(`${dir}: no such directory`);
  const plain = plainRepo(dir);
  if (plain) return plain;
  let out: string;
  try {
    out = (await runGit(dir, ['rev-parse', '--is-shallow-repository', '--show-toplevel'])).toString('utf8');
  } catch (error) {
    // A bare repository has no top level: its git dir stands in for it.
    const bare = await runGit(dir, ['rev-parse', '--is-shallow-repository', '--absolute-git-dir']).catch(
      () => undefined,
    );
    if (!bare) {
      const reason = (error as Error).message.split(' (git ')[0]!;
      throw new GitError(/not a git repository/i.test(reason) ? `${dir}: not a git repository` : `${dir}: ${reason}`);
    }
    out = bare.toString('utf8');
  }
  const [shallow, root] = out.trim().split('\n');
  return { root: path.resolve(root!), shallow: shallow === 'true' };
}

/** The commit id that `ref` names; a one-line GitError when it names none. */
export async function resolveCommit(repo: Repo, ref: string): Promise<string> {
  try {
    return (await runGit(repo.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]))
      .toString('utf8')
      .trim();
  } catch (error) {
    if (error instanceof BlockedGitError) throw error;
    throw new GitError(
      ref === 'HEAD' ? `${repo.root} has no commits yet` : `unknown revision "${ref}" in ${repo.root}`,
    );
  }
}

/** The best common ancestor of two commit ids; a one-line GitError when they have none. */
export async function mergeBaseOf(repo: Repo, a: string, b: string): Promise<string> {
  try {
    return (await runGit(repo.root, ['merge-base', a, b])).toString('utf8').trim();
  } catch {
    throw new GitError(`${a.slice(0, 12)} and ${b.slice(0, 12)} have no common ancestor in ${repo.root}`);
  }
}

/**
 * Undoes git's C-style quoting of a path ("a\tb", "\303\251"); unquoted paths come back as they are. `text` holds
 * a name's bytes as src/name-bytes.ts does, and so does the result.
 */
export function unquotePath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"')) return text;
  const bytes: number[] = [];
  const body = nameBytes(text.slice(1, -1));
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== 92) {
      bytes.push(body[i]!);
      continue;
    }
    const next = String.fromCharCode(body[i + 1]!);
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.subarray(i + 1, i + 4).toString('latin1'), 8));
      i += 3;
    } else {
      bytes.push(escapes[next] ?? body[i + 1]!);
      i += 1;
    }
  }
  return decodeName(Buffer.from(bytes));
}
