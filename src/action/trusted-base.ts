// The commit whose config, custom rules and baseline the Action's full and history modes trust (the CLI's
// `--trusted-base`), so that a branch cannot switch off its own check. On push and pull_request events the
// checkout is what is being checked; only what its target branch already holds was reviewed.
import { UsageError } from '../errors.js';
import { runGitSync } from '../git/exec.js';
import { type RunEvent, ZERO_SHA } from './event.js';

/** The base of a whole-tree or history run, if any, and what the summary should say about it. */
export interface TrustedBase {
  base?: string;
  note?: string;
}

const FETCH_ALL = 'check out with `fetch-depth: 0` (actions/checkout) so that it can be read';

/**
 * - a pull request: its base commit, what the target branch holds;
 * - a push to any branch but the default: where the branch left the default branch (their merge base), which no
 *   push of the branch can move. The push's `before` is the branch's own earlier push, which may itself have
 *   loosened the config, so it is used only when the default branch is not in the checkout (with a note);
 * - a push to the default branch, and other events (schedule, manual runs): none. The default branch is the
 *   reviewed state, so its own config applies.
 * A base that cannot be read is an error: running with the checkout's config instead would let it through.
 */
export function trustedBaseFor(event: RunEvent, cwd: string, mode: string): TrustedBase {
  const commit = (rev: string) =>
    runGitSync(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])
      ?.toString('utf8')
      .trim();
  const missing = (what: string) =>
    new UsageError(
      `mode ${mode} reads config, rules and baseline from ${what}, which is not in the checkout: ${FETCH_ALL}`,
    );
  if (event.kind === 'pull_request') {
    if (!commit(event.baseSha)) throw missing(`the pull request's base commit ${event.baseSha.slice(0, 12)}`);
    return { base: event.baseSha };
  }
  if (event.kind !== 'push' || (event.defaultBranch && event.ref === `refs/heads/${event.defaultBranch}`)) return {};
  const tip = event.defaultBranch
    ? (commit(`refs/remotes/origin/${event.defaultBranch}`) ?? commit(`refs/heads/${event.defaultBranch}`))
    : undefined;
  const left = tip && runGitSync(cwd, ['merge-base', tip, 'HEAD'])?.toString('utf8').trim();
  if (left) return { base: left };
  const before = event.before && !ZERO_SHA.test(event.before) ? commit(event.before) : undefined;
  if (before)
    return {
      base: before,
      note:
        `settings were read from the push's before commit ${before.slice(0, 12)}, as the default branch is not ` +
        `in the checkout; an earlier push of this branch could have loosened them: ${FETCH_ALL}`,
    };
  throw missing(`the commit this branch left ${event.defaultBranch || 'the default branch'} at`);
}
