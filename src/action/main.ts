// The GitHub Action's entry: a thin wrapper that runs the keylint CLI with JSON output and does the GitHub side
// (annotations, job summary, review comments, outputs). Exit codes: 0 clean, 1 findings at/above fail-on, 2 error.
import fs from 'node:fs';
import { failingCount } from '../commands/output.js';
import { isKnownError } from '../errors.js';
import { keylintHelpMentions, runKeylint } from '../run-keylint.js';
import { annotation, findingAnnotation } from '../report/github.js';
import type { Finding } from '../types.js';
import { gitParent, readEvent, scanCommandFor, type PullRequestEvent, type RunEvent } from './event.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { githubClient, upsertReviewComments } from './review-comments.js';
import { countBySeverity, renderSummary } from './summary.js';

/** Runs the Action in the runner's environment; resolves to the exit code. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const inputs = readInputs(env);
  const event = readEvent(env);
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  const command = scanCommandFor(event, inputs.mode, gitParent(cwd));
  const flags = [
    '--fail-on',
    inputs.failOn,
    ...(inputs.validate ? ['--validate'] : []),
    ...(inputs.baseline ? ['--baseline', inputs.baseline] : []),
  ];
  const run = await runKeylint([...command, ...flags, '--format', 'json'], { cwd });
  if (run.code === 2 || !run.report) {
    const reason = run.stderr.trim().split('\n')[0] || 'no JSON report on stdout';
    process.stdout.write(failure(`keylint ${command[0]} failed: ${reason}`));
    return 2;
  }
  const report = run.report;
  for (const finding of report.findings) process.stdout.write(`${findingAnnotation(finding)}\n`);

  const notes: string[] = [];
  // History findings sit in old commits, not on the pull request's lines: annotations and summary only.
  if (event.kind === 'pull_request' && command[0] !== 'git')
    notes.push(...(await commentOnPullRequest(event, inputs, report.findings, env)));
  const sarifPath = inputs.sarifFile ? await writeSarif(command, flags, inputs.sarifFile, cwd, notes) : undefined;
  for (const note of notes) process.stdout.write(`${annotation('warning', {}, note)}\n`);

  const counts = countBySeverity(report);
  const failing = failingCount(report, inputs.failOn);
  writeOutputs(env.GITHUB_OUTPUT, { ...counts, failing, 'sarif-file': sarifPath ?? '' });
  if (env.GITHUB_STEP_SUMMARY) {
    fs.appendFileSync(
      env.GITHUB_STEP_SUMMARY,
      renderSummary(report, { scope: describeScope(event, command), failing, failOn: inputs.failOn, notes }),
    );
  }
  if (run.code === 1) process.stdout.write(failure(`${failing} finding(s) at or above ${inputs.failOn}`));
  return run.code;
}

/** The step's own error annotation, with no location. */
function failure(message: string): string {
  return `${annotation('error', { title: 'keylint' }, message)}\n`;
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

/** A second run in SARIF, when this keylint build has the format; otherwise a note. */
async function writeSarif(
  command: string[],
  flags: string[],
  file: string,
  cwd: string,
  notes: string[],
): Promise<string | undefined> {
  if (!(await keylintHelpMentions('sarif', [command[0]!]))) {
    notes.push(`sarif-file: this keylint build has no SARIF format yet; ${file} was not written`);
    return undefined;
  }
  const run = await runKeylint([...command, ...flags, '--format', 'sarif', '--output', file], { cwd });
  if (run.code === 2) {
    notes.push(`sarif-file: SARIF run failed: ${run.stderr.trim().split('\n')[0] ?? ''}`);
    return undefined;
  }
  return file;
}

/** Appends `name=value` lines (heredoc form for multi-line values) to the runner's output file. */
function writeOutputs(file: string | undefined, values: Record<string, string | number>): void {
  if (!file) return;
  const lines = Object.entries(values).map(([name, value]) => {
    const text = String(value);
    return text.includes('\n') ? `${name}<<KEYLINT_EOF\n${text}\nKEYLINT_EOF` : `${name}=${text}`;
  });
  fs.appendFileSync(file, `${lines.join('\n')}\n`);
}

function describeScope(event: RunEvent, command: string[]): string {
  if (command[0] === 'diff')
    return event.kind === 'pull_request'
      ? `the lines pull request #${event.number} adds`
      : `the pushed range ${command[2]?.slice(0, 12)}..${command[4]?.slice(0, 12)}`;
  return command[0] === 'git' ? 'the full git history' : 'the working tree';
}

runAction().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stdout.write(failure(isKnownError(error) ? message! : `unexpected error: ${message}`));
    process.exitCode = 2;
  },
);
