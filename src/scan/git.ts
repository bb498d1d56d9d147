// Git as scan targets: the history (every blob once, at the commit that introduced it) and a change (the
// index, or a range of commits: only what it adds). A range is checked with its base commit's config and
// baseline: the head (a pull request) cannot switch its own check off, and what it loosens is reported.
import { availableParallelism } from 'node:os';
import { isArchivePath, outerPath } from '../archive-path.js';
import { collapseHistory, splitByAddedLines } from '../filters/attribute.js';
import { withoutCarriedOver } from '../filters/carried-over.js';
import { sortFindings } from '../findings.js';
import { readChange, type Change } from '../git/changes.js';
import { readBlob } from '../git/cat-file.js';
import { isObjectPath } from '../git/blob-entry.js';
import type { CommitInfo } from '../git/log.js';
import { mergeBaseOf, openRepo, resolveCommit } from '../git/repo.js';
import { checkShallow } from '../git/shallow.js';
import { blobSource, changeSource, historySource } from '../sources/git.js';
import { scanSource } from './run.js';
import type { Scope } from './scope.js';
import type { Report } from '../types.js';
import { settingsAgainstBase, trustedSettings } from './trusted-base.js';

/** The history of the repository holding `dir`. */
export interface HistoryTarget {
  kind: 'history';
  /** A directory inside the repository. */
  dir: string;
  /** Every ref (`--all`) instead of `branches`. */
  all?: boolean;
  /** Refs to walk; default HEAD. */
  branches?: string[];
  since?: string;
  /** Tests only: list every blob first, then read each with its own `git cat-file` (the slow reference). */
  reference?: boolean;
  /** A commit whose config, custom rules and baseline apply instead of HEAD's (see settingsAgainstBase). */
  trustedBase?: string;
}

/** What a change adds: `['--cached']` for the index (checked with the working tree's config), or two commit ids. */
export interface ChangeTarget {
  kind: 'change';
  dir: string;
  range: string[];
  /** Given when the caller started git before loading the scanner (`staged`). */
  change?: Change;
}

/** The history's scope: config at the top level, each finding once, at the oldest commit that introduced it. */
export async function historyScope(target: HistoryTarget): Promise<Scope> {
  const repo = await openRepo(target.dir);
  // Names are resolved once and only ids reach `git log`: a ref named `--output=x` stays a name.
  const names = target.branches?.length ? target.branches : ['HEAD'];
  const chosen = target.all ? ['--all'] : await Promise.all(names.map((ref) => resolveCommit(repo, ref)));
  // A handed-over `.git/shallow` can cut the walk off above commits the repository holds: they are walked too.
  const shallow = repo.shallow ? await checkShallow(repo.root) : undefined;
  const revisions = [...chosen, ...(shallow?.hiddenParents ?? [])];
  const commits = new Map<string, CommitInfo>();
  const { trustedBase } = target;
  return {
    configDir: repo.root,
    root: repo.root,
    complete: true,
    ...(trustedBase === undefined
      ? {}
      : { settings: (options) => settingsAgainstBase(repo.root, trustedBase, options, true) }),
    async detect(ruleSet, allow, options) {
      const walk = { revisions, since: target.since };
      const { createDetector, holdsKeyword } = await import('../detect/engine.js');
      const detector = createDetector(ruleSet, { gating: 'never' });
      // Thousands of short messages: one string search per keyword in each cost more than the table, built once.
      detector.matcher.warm();
      const message = (text: string) => holdsKeyword(detector, Buffer.from(text));
      const source = historySource(repo.root, walk, commits, allow.isAllowed, { reference: target.reference, message });
      // The reference reads and scans one blob at a time on the main thread.
      if (target.reference) return scanSource(source, ruleSet, { ...options, workers: 0 });
      const { scanInLanes } = await import('./lanes.js');
      return scanInLanes(source, ruleSet, options.workers ?? spareCores(), options);
    },
    async narrow(report) {
      const collapsed = collapseHistory(withoutObjectUsage(report), commits);
      if (!repo.shallow) return collapsed;
      const reason =
        'shallow clone: commits before the shallow boundary were not scanned, and files present at the ' +
        'boundary are attributed to it; run `git fetch --unshallow` for a full audit';
      const notes = [...collapsed.notes, { file: '.git/shallow', reason }];
      const hidden = shallow?.hiddenParents.length ?? 0;
      if (hidden > 0)
        notes.push({
          file: '.git/shallow',
          reason: `lists commits whose parents this repository holds (${hidden}); git stops there, keylint walked them too`,
        });
      if (shallow?.unchecked) notes.push({ file: '.git/shallow', reason: `not checked: ${shallow.unchecked}` });
      return { ...collapsed, notes };
    },
    textOf: (finding) => (finding.commit ? blobText(repo.root, `${finding.commit}:${finding.file}`) : none()),
  };
}

/**
 * A change's scope: keys on added lines count, and keys elsewhere in the files it touches (binary, moved, or on a line it
 * keeps) only when their previous side lacked them.
 */
export async function changeScope(target: ChangeTarget): Promise<Scope> {
  const change = target.change ?? readChange(target.dir, target.range);
  const repo = await change.repo;
  const diff = change.diff;
  const [base, head] = target.range;
  // The allowlist detection ran with, for the previous sides too (see narrow).
  let isAllowed: ((file: string) => boolean) | undefined;
  return {
    configDir: repo.root,
    root: repo.root,
    // A change shows only a part of the tree: a baseline entry it does not meet is not stale.
    complete: false,
    async detect(ruleSet, allow, options) {
      const { entries, files } = await diff;
      isAllowed = allow.isAllowed;
      return scanSource(changeSource(repo.root, entries, files, allow.isAllowed), ruleSet, options);
    },
    async narrow(report, ruleSet) {
      const { entries, files } = await diff;
      const before = async (paths: Set<string>) => {
        const wanted = entries.filter((e) => e.previous && paths.has(e.path));
        // A renamed or copied file's old side is read where it was, and its findings named by the new path. An old side
        // at an allowed path had no finding: a key moved out of fixtures/** into src/ was dropped as carried over.
        const previous = wanted.map((e) => ({ ...e, sha: e.previous!, path: e.previousPath ?? e.path }));
        if (previous.length === 0) return [];
        const newPaths = new Map<string, string[]>();
        for (const e of wanted)
          newPaths.set(e.previousPath ?? e.path, [...(newPaths.get(e.previousPath ?? e.path) ?? []), e.path]);
        const { findings } = (
          await scanSource(
            blobSource(repo.root, () => previous, isAllowed),
            ruleSet,
          )
        ).report;
        return findings.flatMap((f) => {
          const outer = outerPath(f.file);
          return (newPaths.get(outer) ?? [outer]).map((path) => ({ ...f, file: path + f.file.slice(outer.length) }));
        });
      };
      const { added, elsewhere } = splitByAddedLines(report.findings, files);
      if (elsewhere.length === 0) return { ...report, findings: added };
      const kept = await withoutCarriedOver({ ...report, findings: elsewhere }, before);
      return { ...report, findings: sortFindings([...added, ...kept.findings]) };
    },
    async settings(options) {
      if (head === undefined) return undefined;
      return trustedSettings(repo.root, { base: base!, head }, options, await diff);
    },
    async textOf(finding) {
      if (isArchivePath(finding.file)) return undefined;
      const entry = (await diff).entries.find((e) => e.path === outerPath(finding.file));
      return entry ? blobText(repo.root, entry.sha) : undefined;
    },
  };
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

/** Blobs larger than this are not read again for hints (a bundle of many megabytes, say). */
const HINT_TEXT_LIMIT = 32 * 1024 * 1024;

/** The text of the blob `object` names (`<sha>` or `<commit>:<path>`); undefined when git has none. */
export async function blobText(root: string, object: string): Promise<string | undefined> {
  return (await readBlob(root, object, HINT_TEXT_LIMIT))?.toString('utf8');
}

/**
 * Usage lints judge code that sends a key; a commit or tag message describing such code (`Bearer` for MaiAgent, an
 * `http://` example) sends nothing.
 */
function withoutObjectUsage(report: Report): Report {
  return { ...report, findings: report.findings.filter((f) => f.kind !== 'usage' || !isObjectPath(f.file)) };
}

async function none(): Promise<undefined> {
  return undefined;
}

/**
 * Detection workers for a history scan: git (log, cat-file) keeps about a core busy and the main thread reads and
 * scans, so a worker per core beyond two, and one on two cores, where it reads blobs in shared memory and the
 * main thread leaves it a backlog (lanes.ts). None on one core: a worker there only adds its own start.
 */
function spareCores(): number {
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.max(1, cores - 2);
}
