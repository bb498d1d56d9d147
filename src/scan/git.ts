// The git scans as the CLI runs them: open the repository, load config and rules, walk, scan, refine.
import { loadConfig, pathAllowlist, rulesFromConfig, type Config } from '../config.js';
import { applyBaseline } from '../filters/baseline.js';
import { sortFindings } from '../findings.js';
import { inlineAllowWeakenings } from './scan-weakened.js';
import { scanSource, type ScanRunOptions } from './run.js';
import { blobSource, changeSource, historySource } from '../sources/git.js';
import { availableParallelism } from 'node:os';
import { collapseHistory, keepAddedLines } from '../filters/attribute.js';
import { readChange, type Change, type ChangedBlob, type FileChange } from '../git/changes.js';
import type { CommitInfo } from '../git/log.js';
import { mergeBaseOf, openRepo, resolveCommit, type Repo } from '../git/repo.js';
import { trustedSettings, type TrustedSettings } from './trusted-base.js';
import type { RuleSet } from '../rules.js';
import type { Report, ScanResult } from '../types.js';

/** Options shared by the git scans. */
export interface GitScanOptions extends ScanRunOptions {
  /** A directory inside the repository. */
  dir: string;
  configFile?: string;
}

/** What to audit in history. */
export interface HistoryOptions extends GitScanOptions {
  /** Every ref (`--all`) instead of `branches`. */
  all?: boolean;
  /** Refs to walk; default HEAD. */
  branches?: string[];
  since?: string;
  /** Tests only: list every blob first, then read each with its own `git cat-file` (the slow reference). */
  reference?: boolean;
}

/** A git scan's result and the config it used. */
export interface GitScanResult {
  result: ScanResult;
  config: Config;
}

/** Scans every blob reachable from the chosen refs, once each, attributing findings to their first commit. */
export async function scanHistory(options: HistoryOptions): Promise<GitScanResult> {
  const repo = await openRepo(options.dir);
  // Names are resolved once and only ids reach `git log`: a ref named `--output=x` stays a name.
  const names = options.branches?.length ? options.branches : ['HEAD'];
  const revisions = options.all ? ['--all'] : await Promise.all(names.map((ref) => resolveCommit(repo, ref)));
  const { config, ruleSet, allow } = setup(repo, options.configFile);
  const commits = new Map<string, CommitInfo>();
  const source = historySource(repo.root, { revisions, since: options.since }, commits, allow.isAllowed, {
    reference: options.reference,
  });
  // The reference reads and scans one blob at a time on the main thread.
  const result = options.reference
    ? await scanSource(source, ruleSet, { ...options, workers: 0 })
    : await (await import('./lanes.js')).scanInLanes(source, ruleSet, options.workers ?? spareCores(), options);
  result.report = collapseHistory(result.report, commits);
  if (repo.shallow) {
    result.report.notes.push({
      file: '.git/shallow',
      reason:
        'shallow clone: commits before the shallow boundary were not scanned, and files present at the boundary are attributed to it; run `git fetch --unshallow` for a full audit',
    });
  }
  return { result, config };
}

/** What a change is: `['--cached']` (the index, checked with the working tree's config), or two commit ids. */
export interface ChangeOptions extends GitScanOptions {
  range: string[];
  /** Started by the caller before it loaded this module (`staged`). */
  change?: Change;
  /** A baseline for a range: read from its base commit, like the config. */
  baselineFile?: string;
}

/**
 * Scans what a change adds. A range between two commits is checked with the base's config and baseline
 * (the head cannot switch its own check off), and what the head loosens is reported as `scan-weakened`.
 */
export async function scanChange(options: ChangeOptions): Promise<GitScanResult> {
  const change = options.change ?? readChange(options.dir, options.range);
  const repo = await change.repo;
  const [base, head] = options.range;
  const trusted = head === undefined ? undefined : await trustedSettings(repo.root, { base: base!, head }, options);
  const { config, ruleSet, allow } = setup(repo, options.configFile, trusted?.config);
  const { entries, files } = await change.diff;
  const result = await scanSource(changeSource(repo.root, entries, files, allow.isAllowed), ruleSet, options);
  result.report = keepAddedLines(result.report, files);
  result.report = await withoutCarriedOver(result.report, repo.root, entries, files, ruleSet);
  if (trusted) result.report = withTrustedSettings(result.report, trusted, files);
  return { result, config };
}

/** The base's baseline applied; the head's loosenings (settings and inline markers) added as findings. */
function withTrustedSettings(report: Report, trusted: TrustedSettings, files: Map<string, FileChange>): Report {
  let out = { ...report, notes: [...report.notes, ...trusted.notes] };
  if (trusted.baseline)
    out = applyBaseline(
      out,
      trusted.baseline.entries,
      trusted.baseline.file,
      new Date().toISOString().slice(0, 10),
    ).report;
  return { ...out, findings: sortFindings([...out.findings, ...trusted.weakened, ...inlineAllowWeakenings(files)]) };
}

/**
 * A binary file (an archive, a UTF-16 file, a `-diff` lock file) has no added lines, so all of its findings
 * count; those that its previous version had too are not what this change adds, and are dropped.
 */
async function withoutCarriedOver(
  report: Report,
  root: string,
  entries: ChangedBlob[],
  files: Map<string, FileChange>,
  ruleSet: RuleSet,
): Promise<Report> {
  const outer = (file: string) => (file.includes('!') ? file.slice(0, file.indexOf('!')) : file);
  const flagged = new Set(report.findings.map((f) => outer(f.file)));
  const before = entries
    .filter((e) => e.previous && files.get(e.path)?.binary && flagged.has(e.path))
    .map((e) => ({ ...e, sha: e.previous! }));
  if (before.length === 0) return report;
  const old = await scanSource(
    blobSource(root, () => before),
    ruleSet,
  );
  const had = new Set(old.report.findings.map((f) => `${outer(f.file)}\0${f.fingerprint}`));
  return { ...report, findings: report.findings.filter((f) => !had.has(`${outer(f.file)}\0${f.fingerprint}`)) };
}

/**
 * Resolves `base` and `head` once and gives the diff arguments of the range between them as commit ids, so
 * that no name the repository chose (a ref called `--output=x`) is ever read by git as an option.
 */
export async function rangeOf(dir: string, base: string, head: string, mergeBase: boolean): Promise<string[]> {
  const repo = await openRepo(dir);
  const [baseId, headId] = [await resolveCommit(repo, base), await resolveCommit(repo, head)];
  // `git diff a...b` is the diff from their merge base to b: named as such, the base is one commit.
  return [mergeBase ? await mergeBaseOf(repo, baseId, headId) : baseId, headId];
}

/**
 * Detection workers for a history scan: git (log, cat-file) keeps one core busy and the main thread
 * another, so only cores beyond two are spare. On two cores a worker measured slower (each blob is a
 * message; 20,000 small blobs cost a second of CPU more and no wall time less).
 */
function spareCores(): number {
  return Math.max(0, availableParallelism() - 2);
}

function setup(repo: Repo, configFile: string | undefined, trusted?: Config) {
  const config = trusted ?? loadConfig(configFile, repo.root);
  const allow = pathAllowlist(config.allowPaths, new Date().toISOString().slice(0, 10));
  return { config, ruleSet: rulesFromConfig(config), allow };
}
