// The organisation audit: list, shard, clone each repository into a temp dir, scan it with the CLI, merge.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { runKeylint } from '../run-keylint.js';
import type { Report } from '../types.js';
import { cloneRepository, cloneTarget, NO_TOKENS } from './clone.js';
import { isGitHubName, listRepositories, type ListOptions, type RepoRef } from './list-repos.js';
import { mergeReports } from './merge-reports.js';
import { pickShard, type Shard } from './shard.js';

/** Everything an audit needs. */
export interface AuditOptions extends ListOptions {
  /** Clone URL base or template; by default the API's `clone_url`. */
  gitUrlBase?: string;
  shard?: Shard;
  /** Full clones scanned with `keylint git` instead of shallow working trees with `keylint scan`. */
  history: boolean;
  /** Flags passed to each per-repository scan (e.g. --config). */
  scanFlags: string[];
  /** Let each repository's own config apply (its allow paths, disabled rules); by default it is ignored. */
  trustRepoConfig?: boolean;
  concurrency?: number;
  /** Longest clone plus scan of one repository, in seconds; a slower one becomes a note. */
  repoTimeoutSeconds: number;
}

/** One repository's outcome: its report, or the note saying why it could not be scanned. */
type RepoOutcome = { report: Report; failed: boolean };

/**
 * Audits every repository of the shard and returns one merged report. An owner with no repositories, or a shard
 * none of whose repositories could be scanned, is an error: an audit that looked at nothing must not pass as clean.
 */
export async function runAudit(options: AuditOptions): Promise<Report> {
  const all = await listRepositories(options);
  if (all.length === 0) {
    throw new UsageError(`${options.owner} has no repositories to audit (check the name and the token's access)`);
  }
  const repos = options.shard ? pickShard(all, options.shard) : all;
  // In list order, whatever order they finish in, so that the first failure named below is stable.
  const outcomes: RepoOutcome[] = new Array(repos.length);
  let next = 0;
  const settings = scanSettings(options);
  const scan = { ...options, scanFlags: settings.flags };
  const worker = async () => {
    for (let i = next++; i < repos.length; i = next++) outcomes[i] = await auditRepository(repos[i]!, scan);
  };
  try {
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, Math.max(1, repos.length)) }, worker));
  } finally {
    settings.cleanup();
  }
  const failed = outcomes.filter((o) => o.failed);
  if (repos.length > 0 && failed.length === repos.length) {
    const first = failed[0]!.report.notes[0]!;
    throw new UsageError(`no repository could be scanned (${failed.length} tried); ${first.file}: ${first.reason}`);
  }
  return mergeReports(outcomes.map((o) => o.report));
}

/**
 * The flags of each repository's scan. A repository's own `.keylint.json` is written by whoever controls that
 * repository and could allow every path: unless `trustRepoConfig`, each scan gets the user's `--config`, or an
 * empty config of ours, so that none is looked for in the clone.
 */
function scanSettings(options: AuditOptions): { flags: string[]; cleanup: () => void } {
  if (options.trustRepoConfig || options.scanFlags.includes('--config'))
    return { flags: options.scanFlags, cleanup: () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-audit-config-'));
  const file = path.join(dir, 'keylint.config.json');
  fs.writeFileSync(file, '{}\n');
  return {
    flags: [...options.scanFlags, '--config', file],
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Clones and scans one repository; any failure becomes a note on that repository and the audit goes on. */
async function auditRepository(repo: RepoRef, options: AuditOptions): Promise<RepoOutcome> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-audit-'));
  const checkout = path.join(dir, repo.name);
  const signal = AbortSignal.timeout(options.repoTimeoutSeconds * 1000);
  try {
    if (!isGitHubName(repo))
      throw new Error('not a GitHub repository name (letters, digits, ".", "_", "-"); not cloned');
    const target = cloneTarget(repo, options);
    await cloneRepository(target.url, checkout, { token: target.token, history: options.history, signal });
    const command = options.history ? ['git', checkout] : ['scan', checkout];
    const run = await runKeylint([...command, ...options.scanFlags, '--format', 'json'], {
      cwd: checkout,
      signal,
      env: NO_TOKENS,
    });
    if (run.code === 2 || !run.report)
      throw new Error(`keylint ${command[0]} failed: ${run.stderr.trim().split('\n')[0] || 'no report'}`);
    return { report: prefixReport(run.report, repo), failed: false };
  } catch (error) {
    const timedOut = `timed out after ${options.repoTimeoutSeconds}s (--repo-timeout)`;
    const reason = signal.aborted ? timedOut : (error as Error).message;
    const notes = [{ file: repo.fullName, reason }];
    return { report: { version: 1, findings: [], stats: { files: 0, bytes: 0, durationMs: 0 }, notes }, failed: true };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Paths become `<owner>/<repo>/<file>` and findings name their repository. */
function prefixReport(report: Report, repo: RepoRef): Report {
  return {
    ...report,
    findings: report.findings.map((f) => ({ ...f, file: `${repo.fullName}/${f.file}`, repo: repo.fullName })),
    notes: report.notes.map((n) => ({ ...n, file: `${repo.fullName}/${n.file}` })),
  };
}
