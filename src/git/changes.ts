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
 * Starts both git processes a change needs at once (`rev-parse` and the diff, from `dir`), so that they
 * run while the caller loads rules and modules. Call it before the slow imports.
 */
export function readChange(dir: string, range: string[]): Change {
  const diff = readDiff(dir, range);
  const repo = openRepo(dir);
  // Both are awaited later, after slow imports: their failures must not count as unhandled meanwhile.
  repo.catch(() => {});
  diff.catch(() => {});
  return { repo, diff };
}

/**
 * One `git diff` for both halves: `--raw -z` records (NUL-separated, ended by an empty field), then the
 * `-U0` patch as plain text. `range` is `['--cached']` or `[base, head]`.
 */
export async function readDiff(cwd: string, range: string[]): Promise<{ entries: BlobEntry[]; added: Map<string, Set<number>> }> {
  const out = (await runGit(cwd, ['diff', '--raw', '-p', '-U0', '-z', '--no-abbrev', '--no-prefix', ...DIFF_BASE, ...range, '--'])).toString('utf8');
  // No path or status field is empty, so the first empty field ends the records.
  const end = out.indexOf('\0\0');
  return { entries: changedBlobs(end === -1 ? out : out.slice(0, end + 1)), added: addedLines(end === -1 ? '' : out.slice(end + 2)) };
}

/** The new-side blob of every changed file, from `git diff --raw -z --no-abbrev` records. */
export function changedBlobs(raw: string): BlobEntry[] {
  const fields = raw.split('\0');
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

/** New-side line numbers of the lines each changed file gains, by path, from a `-U0 --no-prefix` patch. */
export function addedLines(patch: string): Map<string, Set<number>> {
  const added = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  let pendingOld = 0;
  let pendingNew = 0;
  for (const line of patch.split('\n')) {
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
