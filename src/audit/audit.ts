// The organisation audit: list, shard, clone each repository into a temp dir, scan it with the CLI, merge.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runKeylint } from '../run-keylint.js';
import type { Report } from '../types.js';
import { cloneRepository, cloneUrl } from './clone.js';
import { listRepositories, type ListOptions, type RepoRef } from './list-repos.js';
import { mergeReports } from './merge-reports.js';
import { pickShard, type Shard } from './shard.js';

/** Everything an audit needs. */
export interface AuditOptions extends ListOptions {
  gitUrlBase: string;
  shard?: Shard;
  /** Full clones scanned with `keylint git` instead of shallow working trees with `keylint scan`. */
  history: boolean;
  /** Flags passed to each per-repository scan (e.g. --config). */
  scanFlags: string[];
  concurrency?: number;
}

/** Audits every repository of the shard and returns one merged report. */
export async function runAudit(options: AuditOptions): Promise<Report> {
  const all = await listRepositories(options);
  const repos = options.shard ? pickShard(all, options.shard) : all;
  const reports: Report[] = [];
  const queue = [...repos];
  const worker = async () => {
    for (let repo = queue.shift(); repo; repo = queue.shift()) reports.push(await auditRepository(repo, options));
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, Math.max(1, repos.length)) }, worker));
  return mergeReports(reports);
}

/** Clones and scans one repository; any failure becomes a note on that repository and the audit goes on. */
async function auditRepository(repo: RepoRef, options: AuditOptions): Promise<Report> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-audit-'));
  const checkout = path.join(dir, repo.name);
  try {
    await cloneRepository(cloneUrl(options.gitUrlBase, repo), checkout, { token: options.token, history: options.history });
    const command = options.history ? ['git', checkout] : ['scan', checkout];
    const run = await runKeylint([...command, ...options.scanFlags, '--format', 'json'], { cwd: checkout });
    if (run.code === 2 || !run.report) throw new Error(`keylint ${command[0]} failed: ${run.stderr.trim().split('\n')[0] || 'no report'}`);
    return prefixReport(run.report, repo);
  } catch (error) {
    return { version: 1, findings: [], stats: { files: 0, bytes: 0, durationMs: 0 }, notes: [{ file: repo.fullName, reason: (error as Error).message }] };
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
