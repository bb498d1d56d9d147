// The GitHub Action's entry: a thin wrapper that runs the keylint CLI with JSON output and does the GitHub side
// (annotations, job summary, review comments, outputs) through GitHub's own toolkit, @actions/core.
// Exit codes: 0 clean, 1 findings at/above fail-on, 2 error.
import * as core from '@actions/core';
import { failingCount } from '../commands/output.js';
import { isKnownError } from '../errors.js';
import { runKeylint } from '../run-keylint.js';
import { showBytes } from '../name-bytes.js';
import { annotationOf } from '../report/github.js';
import { escapeControls } from '../report/printable.js';
import type { Finding } from '../types.js';
import { gitParent, readEvent, scanCommandFor, ZERO_SHA, type PullRequestEvent, type RunEvent } from './event.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { ensureDefaultBranchHistory, ensurePullRequestHistory, ensurePushHistory } from './fetch-history.js';
import { githubClient, upsertReviewComments } from './review-comments.js';
import { countBySeverity, renderSummary, worstFirst } from './summary.js';
import { trustedBaseFor } from './trusted-base.js';

const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice };

/** Runs the Action in the runner's environment; resolves to the exit code. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const inputs = readInputs();
  const event = readEvent(env);
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  // The default checkout holds one commit: what the diff (or, in full mode, the trusted base) needs is fetched.
  const branchPush = event.kind === 'push' && event.defaultBranch && event.ref !== `refs/heads/${event.defaultBranch}`;
  const fetched = [
    event.kind === 'pull_request' ? ensurePullRequestHistory(cwd, event.baseSha, event.headSha) : undefined,
    event.kind === 'push' && inputs.mode === 'pr'
      ? ensurePushHistory(cwd, ZERO_SHA.test(event.before) ? undefined : event.before || undefined, event.after)
      : undefined,
    branchPush ? ensureDefaultBranchHistory(cwd, event.defaultBranch) : undefined,
  ];
  for (const line of fetched) if (line) core.info(`keylint: ${line}`);
  // `pr` mode diffs from its base, which gives the settings; whole-tree modes name theirs. A push to a branch is
  // diffed from where it left the default branch, as its pull request will be. Diffed from the push's `before` (the
  // branch's previous push, which may have loosened the config) or, for a new branch, from its last commit's parent,
  // a key or a loosened config in any earlier commit of the branch passed unchecked, exit 0.
  const trusted = inputs.mode === 'pr' && event.kind !== 'push' ? {} : trustedBaseFor(event, cwd, inputs.mode);
  const command = scanCommandFor(event, inputs.mode, gitParent(cwd), trusted.base);
  const flags = [
    '--fail-on',
    inputs.failOn,
    ...(inputs.validate ? ['--validate'] : []),
    ...(inputs.baseline ? ['--baseline', inputs.baseline] : []),
    ...(trusted.base && command[0] !== 'diff' ? ['--trusted-base', trusted.base] : []),
  ];
  const run = await runKeylint([...command, ...flags, '--format', 'json'], { cwd });
  if (run.code === 2 || !run.report) {
    const reason = run.stderr.trim().split('\n')[0] || 'no JSON report on stdout';
    fail(`keylint ${command[0]} failed: ${reason}`);
    return 2;
  }
  // Worst first, everywhere GitHub cuts a list short: a step shows 10 error and 10 warning annotations, review comments
  // meet a rate limit, a summary 1 MB. In file order, a pull request's decoys in `a/…` pushed a real key out of all three.
  const report = { ...run.report, findings: worstFirst(run.report.findings) };
  for (const finding of report.findings) {
    const a = annotationOf(finding);
    ANNOTATE[a.level](a.message, { title: a.title, file: a.file, startLine: a.line, startColumn: a.column });
  }

  const notes: string[] = trusted.note ? [trusted.note] : [];
  // History findings sit in old commits, not on the pull request's lines: annotations and summary only.
  if (event.kind === 'pull_request' && command[0] !== 'git')
    notes.push(...(await commentOnPullRequest(event, inputs, report.findings, env)));
  const sarifPath = inputs.sarifFile ? await writeSarif(command, flags, inputs.sarifFile, cwd, notes) : undefined;
  // Notes name files and quote the API's errors: @actions/core escapes line breaks, not ESC or BEL.
  for (const note of notes) core.warning(escapeControls(showBytes(note)));

  const counts = countBySeverity(report);
  const failing = failingCount(report, inputs.failOn);
  for (const [name, value] of Object.entries({ ...counts, failing, 'sarif-file': sarifPath ?? '' }))
    core.setOutput(name, value);
  // core.summary needs the runner's summary file; outside a runner there is nowhere to write one.
  if (env.GITHUB_STEP_SUMMARY) {
    const scope = describeScope(event, command);
    await core.summary.addRaw(renderSummary(report, { scope, failing, failOn: inputs.failOn, notes })).write();
  }
  if (run.code === 1) fail(`${failing} finding(s) at or above ${inputs.failOn}`);
  return run.code;
}

/** The step's own error annotation, with no location. Not core.setFailed: that sets exit code 1, errors are 2. */
function fail(message: string): void {
  core.error(message, { title: 'keylint' });
}

/** Review comments when the token can write; otherwise the reason, for the summary. */
async function commentOnPullRequest(
  event: PullRequestEvent,
  inputs: ActionInputs,
  findings: Finding[],
  env: NodeJS.ProcessEnv,
): Promise<string[]> {
  if (findings.length === 0) return [];
  if (event.fromFork)
    return [
      'pull request from a fork: its token is read-only, so review comments were skipped; findings are in the annotations and this summary',
    ];
  if (!inputs.token)
    return ['no github-token: review comments were skipped; findings are in the annotations and this summary'];
  const outcome = await upsertReviewComments(
    githubClient(inputs.token, env.GITHUB_API_URL || undefined),
    event,
    findings,
  );
  return outcome.notes;
}

/** A second run in SARIF; a failure is a note, not the step's failure (the scan itself has run). */
async function writeSarif(
  command: string[],
  flags: string[],
  file: string,
  cwd: string,
  notes: string[],
): Promise<string | undefined> {
  const run = await runKeylint([...command, ...flags, '--format', 'sarif', '--output', file], { cwd });
  if (run.code === 2) {
    notes.push(`sarif-file: SARIF run failed: ${run.stderr.trim().split('\n')[0] ?? ''}`);
    return undefined;
  }
  return file;
}

function describeScope(event: RunEvent, command: string[]): string {
  if (command[0] === 'diff')
    return event.kind === 'pull_request'
      ? `the lines pull request #${event.number} adds`
      : `the pushed changes ${command[2]?.slice(0, 12)}..${command[4]?.slice(0, 12)}`;
  return command[0] === 'git' ? 'the full git history' : 'the working tree';
}

runAction().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    fail(isKnownError(error) ? message! : `unexpected error: ${message}`);
    process.exitCode = 2;
  },
);
