// What a change adds: the new blobs of changed files and the new-side line numbers of added lines.
// Shared by `staged` (index against HEAD) and `diff` (a commit range).
import { runGit } from './exec.js';
import { openRepo, unquotePath, type Repo } from './repo.js';
import type { BlobEntry } from '../sources/git.js';

// Added, copied, modified, renamed: the kinds of change that can bring new text.
const DIFF_BASE = ['-M', '--diff-filter=ACMR', '--no-ext-diff', '--no-textconv', '--no-color'];

/** A change being read: the repository and the diff, awaited apart so that "not a repository" wins. */
export interface Change {
  repo: Promise<Repo>;
  diff: Promise<{ entries: BlobEntry[]; added: Map<string, Set<number>> }>;
}

/**
 * Starts every git process a change needs at once (`rev-parse` and both diffs, from `dir`), so that they
 * run while the caller loads rules and modules. Call it before the slow imports.
 */
export function readChange(dir: string, range: string[]): Change {
  const diff = Promise.all([changedBlobs(dir, range), addedLines(dir, range)]).then(([entries, added]) => ({ entries, added }));
  const repo = openRepo(dir);
  // Both are awaited later, after slow imports: their failures must not count as unhandled meanwhile.
  repo.catch(() => {});
  diff.catch(() => {});
  return { repo, diff };
}

/** The new-side blob of every changed file; `range` is `['--cached']` or `[base, head]`. */
export async function changedBlobs(cwd: string, range: string[]): Promise<BlobEntry[]> {
  const out = (await runGit(cwd, ['diff', '--raw', '-z', '--no-abbrev', ...DIFF_BASE, ...range, '--'])).toString('utf8');
  const fields = out.split('\0');
  const entries: BlobEntry[] = [];
  for (let i = 0; i < fields.length - 1; ) {
    const meta = fields[i++]!.replace(/^:/, '').split(' ');
    const status = meta[4] ?? '';
    // Renames and copies name the old path, then the new one.
    if (/^[RC]/.test(status)) i++;
    entries.push({ sha: meta[3]!, mode: meta[1]!, path: fields[i++]! });
  }
  return entries;
}

/** New-side line numbers of the lines each changed file gains, by path. */
export async function addedLines(cwd: string, range: string[]): Promise<Map<string, Set<number>>> {
  const out = (await runGit(cwd, ['diff', '-U0', '--no-prefix', ...DIFF_BASE, ...range, '--'])).toString('utf8');
  const added = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  let pendingOld = 0;
  let pendingNew = 0;
  for (const line of out.split('\n')) {
    // Inside a hunk every line is content, even one that looks like a header.
    if (pendingOld > 0 || pendingNew > 0) {
      if (line.startsWith('-')) pendingOld--;
      else if (line.startsWith('+')) pendingNew--;
      continue;
    }
    if (line.startsWith('diff --git ')) current = undefined;
    else if (line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/\t$/, '');
      current = target === '/dev/null' ? undefined : new Set();
      if (current) added.set(unquotePath(target), current);
    } else if (line.startsWith('@@ ')) {
      const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!hunk) continue;
      pendingOld = hunk[1] === undefined ? 1 : Number(hunk[1]);
      const start = Number(hunk[2]);
      pendingNew = hunk[3] === undefined ? 1 : Number(hunk[3]);
      for (let n = 0; n < pendingNew; n++) current?.add(start + n);
    }
  }
  return added;
}
