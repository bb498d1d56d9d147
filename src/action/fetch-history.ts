// The history a diff needs: a pull request's base and head commits and their merge base, or a push's two ends.
// actions/checkout fetches one commit by default (for a pull request, the merge commit GitHub made), so these
// are usually not in the checkout: the Action fetches them from `origin` itself, deepening until the two sides
// meet, before anything is scanned.
import { spawnSync } from 'node:child_process';
import { UsageError } from '../errors.js';
import { SAFE_CONFIG } from '../git/exec.js';

/** What to tell the user when the history cannot be had: the one setting that always provides it. */
export const FETCH_DEPTH_HINT =
  'set `fetch-depth: 0` on actions/checkout, or let `origin` be fetched with the checkout credentials';

/**
 * How deep to fetch, in turn: 50 commits from each wanted tip, then 450 more below the shallow boundary, then
 * the whole history. Most pull requests meet their base within a few dozen commits, and a full fetch of a
 * large repository costs minutes. (A second `--depth` would not deepen a tip the checkout already holds:
 * git finds the ref up to date and fetches nothing; `--deepen` does.)
 */
const DEPTHS = [['--depth=50'], ['--deepen=450'], ['--unshallow']];

/** keylint's safe settings for git, less the one that forbids any transport: fetching is the point here. */
const FETCH_CONFIG = SAFE_CONFIG.filter(
  (arg, i, all) => arg !== 'protocol.allow=never' && all[i + 1] !== 'protocol.allow=never',
);

/** The checkout's git: its own config (written by actions/checkout) gives origin and its credentials. */
function checkoutGit(cwd: string) {
  return (args: string[], network = false) =>
    spawnSync('git', [...(network ? FETCH_CONFIG : SAFE_CONFIG), ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
}

/**
 * Fetches `wants` (commit ids, as actions/checkout itself fetches) from origin until `ready` holds: at growing
 * depths in a shallow checkout, at once in a complete one. Returns what was fetched (for the job log), or
 * undefined when nothing had to be; `failure` is git's last complaint when a fetch failed.
 */
function fetchUntil(
  cwd: string,
  wants: string[],
  ready: () => boolean,
): { fetched?: string; failure?: string; ready: boolean } {
  if (ready()) return { ready: true };
  const git = checkoutGit(cwd);
  const shallow = git(['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true';
  const tries = shallow ? DEPTHS : [[]];
  let failure: string | undefined;
  let fetched: string | undefined;
  for (const depth of tries) {
    // `--`: what follows is the remote and refspecs, never an option, whatever a want looks like.
    const run = git(['fetch', '--no-tags', '--no-recurse-submodules', ...depth, '--', 'origin', ...wants], true);
    if (run.status !== 0) {
      failure = run.stderr.trim().split('\n').filter(Boolean).pop() ?? `git fetch exited ${run.status}`;
      continue;
    }
    fetched = depth.join(' ') || 'the missing commits';
    if (ready()) return { fetched, ready: true };
  }
  return { fetched, failure, ready: false };
}

/** Whether `rev` names a commit in the repository. */
function hasCommit(cwd: string, rev: string): boolean {
  return checkoutGit(cwd)(['cat-file', '-e', '--end-of-options', `${rev}^{commit}`]).status === 0;
}

/** The one-line error for commits that are still missing after fetching. */
function missingError(what: string, missing: string[], failure: string | undefined): UsageError {
  const names = missing.map((sha) => sha.slice(0, 12)).join(' and ');
  const verb = missing.length > 1 ? 'are' : 'is';
  const fetch = failure ? ` and fetching failed (${failure})` : '';
  return new UsageError(`commit ${names} of ${what} ${verb} not in the checkout${fetch}: ${FETCH_DEPTH_HINT}`);
}

/**
 * Makes sure the base and head commits and a merge base of the two are in the repository at `cwd` (the diff
 * starts from the merge base), fetching from `origin` what is missing. Returns a line for the job log when it
 * fetched; throws a UsageError naming the missing commit and {@link FETCH_DEPTH_HINT} when that fails.
 */
export function ensurePullRequestHistory(cwd: string, base: string, head: string): string | undefined {
  const git = checkoutGit(cwd);
  const meet = () =>
    hasCommit(cwd, base) && hasCommit(cwd, head) && git(['merge-base', '--end-of-options', base, head]).status === 0;
  const result = fetchUntil(cwd, [base, head], meet);
  if (result.ready) return result.fetched && `fetched the pull request's history from origin (${result.fetched})`;
  const missing = [base, head].filter((sha) => !hasCommit(cwd, sha));
  if (missing.length > 0) throw missingError('the pull request', missing, result.failure);
  throw new UsageError(
    `the pull request's base ${base.slice(0, 12)} and head ${head.slice(0, 12)} have no common ancestor in ` +
      `the checkout${result.failure ? ` (fetching failed: ${result.failure})` : ''}: ${FETCH_DEPTH_HINT}`,
  );
}

/**
 * The same for a push of `before..after`: both ends, or for a new branch (`before` unset) the head commit and
 * its parent, whose changes are what was pushed. A head commit without a parent even after fetching is a root
 * commit, diffed against the empty tree.
 */
export function ensurePushHistory(cwd: string, before: string | undefined, after: string): string | undefined {
  const wants = before ? [before, after] : [after];
  const ready = () =>
    wants.every((sha) => hasCommit(cwd, sha)) && (before !== undefined || hasCommit(cwd, `${after}^`));
  const result = fetchUntil(cwd, wants, ready);
  const missing = wants.filter((sha) => !hasCommit(cwd, sha));
  if (missing.length > 0) throw missingError('the push', missing, result.failure);
  return result.fetched && `fetched the pushed commits from origin (${result.fetched})`;
}

/**
 * For a whole-tree or history run on a push to another branch than the default: the default branch's tip as
 * `refs/remotes/origin/<branch>` and enough of both histories for their merge base (the trusted base, see
 * trustedBaseFor), fetched when missing. Never throws: when this fails, trustedBaseFor falls back or says
 * what to set.
 */
export function ensureDefaultBranchHistory(cwd: string, defaultBranch: string): string | undefined {
  if (!/^[\w][\w./-]*$/.test(defaultBranch) || defaultBranch.includes('..')) return undefined;
  const git = checkoutGit(cwd);
  const tracking = `refs/remotes/origin/${defaultBranch}`;
  const ready = () =>
    hasCommit(cwd, tracking) && git(['merge-base', '--end-of-options', tracking, 'HEAD']).status === 0;
  const head = git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).stdout.trim();
  // The checkout's own commit too: at depth 1 it has no parents, and the two histories could never meet.
  const result = fetchUntil(cwd, [`+refs/heads/${defaultBranch}:${tracking}`, ...(head ? [head] : [])], ready);
  return result.ready && result.fetched
    ? `fetched ${defaultBranch} from origin for the trusted base (${result.fetched})`
    : undefined;
}
