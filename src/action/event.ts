// The triggering event, from GITHUB_EVENT_NAME and the JSON at GITHUB_EVENT_PATH, and the CLI run it calls for.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { UsageError } from '../errors.js';
import type { Mode } from './inputs.js';

/** git's id of the empty tree: the base of a root commit's changes. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
/** A push's `before` for a branch that did not exist. */
export const ZERO_SHA = /^0+$/;

/** The pull request the run is about. */
export interface PullRequestEvent {
  kind: 'pull_request';
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
  /** The head lives in another repository: the token is read-only there. */
  fromFork: boolean;
}

/** A push of `before..after` to `ref`; `before` is all zeros for a new branch. */
export interface PushEvent {
  kind: 'push';
  before: string;
  after: string;
  /** `refs/heads/<branch>` pushed to. */
  ref: string;
  /** The repository's default branch, when the payload names it. */
  defaultBranch: string;
}

/** Any other trigger (schedule, workflow_dispatch…): only whole-tree modes make sense. */
export interface OtherEvent {
  kind: 'other';
  name: string;
}

/** A parsed event. */
export type RunEvent = PullRequestEvent | PushEvent | OtherEvent;

/** Reads the event the runner describes. */
export function readEvent(env: NodeJS.ProcessEnv = process.env): RunEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const file = env.GITHUB_EVENT_PATH;
  if (!file || !['pull_request', 'pull_request_target', 'push'].includes(name)) return { kind: 'other', name };
  let payload: any;
  try {
    payload = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(
      `GITHUB_EVENT_PATH ${file}: cannot read the event (${(error as Error).message.split('\n')[0]})`,
    );
  }
  if (name === 'push') {
    const before = String(payload.before ?? '');
    return {
      kind: 'push',
      before: before === '' ? before : commitId(file, 'before', before),
      after: commitId(file, 'after', payload.after),
      ref: String(payload.ref ?? ''),
      defaultBranch: String(payload.repository?.default_branch ?? ''),
    };
  }
  const pr = payload.pull_request;
  if (!pr?.base?.sha || !pr?.head?.sha)
    throw new UsageError(`GITHUB_EVENT_PATH ${file}: pull_request.base.sha or head.sha missing`);
  commitId(file, 'pull_request.base.sha', pr.base.sha);
  commitId(file, 'pull_request.head.sha', pr.head.sha);
  const baseRepo = String(pr.base.repo?.full_name ?? env.GITHUB_REPOSITORY ?? '');
  const [owner = '', repo = ''] = baseRepo.split('/');
  return {
    kind: 'pull_request',
    owner,
    repo,
    number: Number(pr.number ?? payload.number),
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    fromFork: Boolean(pr.head.repo?.full_name) && pr.head.repo.full_name !== baseRepo,
  };
}

/**
 * `value` when it is a full commit id (SHA-1 or SHA-256 hex), else a UsageError naming the field. The ids become git
 * arguments (`git fetch origin <id>`), where `--upload-pack=…` would be read as an option and run.
 */
function commitId(file: string, field: string, value: unknown): string {
  if (typeof value === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value)) return value;
  throw new UsageError(`GITHUB_EVENT_PATH ${file}: ${field} is not a commit id`);
}

/**
 * The keylint command (before the shared flags) for this event and mode; `parentOf` resolves a commit's parent, and a
 * push in `pr` mode is diffed from `pushBase` when there is one (where a branch left the default branch).
 */
export function scanCommandFor(
  event: RunEvent,
  mode: Mode,
  parentOf: (sha: string) => string | undefined = () => undefined,
  pushBase?: string,
): string[] {
  if (mode === 'full') return ['scan', '.'];
  if (mode === 'history') return ['git', '.'];
  // What the merge adds: the diff from the merge base (three dots), as GitHub's own "Files changed" shows it. The
  // base branch's later changes are not the pull request's: a key main removed since stays out of it.
  if (event.kind === 'pull_request') return ['diff', `${event.baseSha}...${event.headSha}`];
  if (event.kind === 'push') {
    // A new branch has no `before`: its head commit's own changes are what was pushed.
    // A root commit has no parent: compare with the empty tree.
    const base =
      pushBase ?? (!event.before || ZERO_SHA.test(event.before) ? (parentOf(event.after) ?? EMPTY_TREE) : event.before);
    return ['diff', '--base', base, '--head', event.after];
  }
  throw new UsageError(`mode "pr" needs a pull_request or push event, not "${event.name}" (use mode full or history)`);
}

/** The first parent of `sha` in the repository at `cwd`, or undefined for a root commit. */
export function gitParent(cwd: string): (sha: string) => string | undefined {
  return (sha) => {
    const run = spawnSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${sha}^`], {
      cwd,
      encoding: 'utf8',
    });
    return run.status === 0 ? run.stdout.trim() : undefined;
  };
}
