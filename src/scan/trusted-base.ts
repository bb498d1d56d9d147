// The settings a change is checked with: the base commit's config, custom rules and baseline, never the
// head's, since the head (a pull request, a pushed branch) is what is being checked. What the head would
// loosen is reported. `diff` checks a range so; `scan` and `git` do with `--trusted-base` (the Action's
// full and history modes), against the commits from that base to HEAD.
import path from 'node:path';
import { BASELINE_MAX_BYTES, checkBaseline, readBaseline } from '../filters/baseline.js';
import { loadConfig } from '../config.js';
import { type ChangeDiff, readDiff } from '../git/changes.js';
import { type AddedMarker, addedAllowMarkers } from './allow-markers.js';
import { runGit } from '../git/exec.js';
import type { ScanNote } from '../types.js';
import { openRepo, resolveCommit } from '../git/repo.js';
import { baselineWeakenings, configWeakenings, inlineAllowWeakenings, type BaselineSide } from './scan-weakened.js';
import { parseJson } from '../json-file.js';
import { atCommit, loadConfigAt } from './config-at-commit.js';
import { readAtCommit } from '../git/read-at-commit.js';
import type { ScopeSettings } from './scope.js';

/** The two commits of a change, as ids. */
export interface CommitPair {
  base: string;
  head: string;
}

/**
 * The base's settings and the head's loosenings (`scan-weakened` findings): its config, its baseline, and inline
 * allow markers on the lines `diff` (from base to head) adds, or the `markers` given. A `configFile` the user names is read
 * from disk as it is (their CI's choice, not the repository's); so is a baseline outside the repository.
 */
export async function trustedSettings(
  root: string,
  pair: CommitPair,
  options: { configFile?: string; baselineFile?: string },
  diff: ChangeDiff,
  markers?: AddedMarker[],
): Promise<ScopeSettings> {
  const settings: ScopeSettings = { config: loadConfig(options.configFile, root), findings: [], notes: [] };
  if (options.configFile === undefined) {
    const base = await loadConfigAt(root, pair.base);
    settings.config = base.config;
    // The base's allow globs are written relative to its top level, wherever keylint runs.
    settings.allowBase = root;
    try {
      settings.findings.push(...configWeakenings(base, await loadConfigAt(root, pair.head)));
    } catch (error) {
      // Not a loosening of this run, which uses the base's config; it fails the base branch once merged.
      settings.notes.push({
        file: base.path ?? '.keylint.json',
        reason: `the head's config cannot be used: ${(error as Error).message}`,
      });
    }
  }
  if (options.baselineFile !== undefined) {
    const inRepo = path.relative(root, path.resolve(options.baselineFile)).split(path.sep).join('/');
    if (inRepo.startsWith('../') || path.isAbsolute(inRepo)) {
      settings.baseline = { file: options.baselineFile, entries: readBaseline(options.baselineFile) };
    } else {
      const base = await baselineAt(root, pair.base, inRepo);
      const head = await baselineAt(root, pair.head, inRepo);
      settings.baseline = { file: atCommit(inRepo, pair.base), entries: base.entries };
      settings.findings.push(...baselineWeakenings(inRepo, base, head));
    }
  }
  settings.findings.push(...inlineAllowWeakenings(markers ?? (await addedAllowMarkers(root, diff))));
  return settings;
}

/**
 * The settings of a tree or a history checked against a trusted base commit (`--trusted-base`, the Action's
 * full and history modes): the base's, and what the commits from the base to HEAD loosen. HEAD stands for the
 * checkout, as it does in CI. A history is scanned blob by blob, so a marker that one commit adds beside a key
 * and a later one removes silences that key there: its markers are looked for commit by commit.
 */
export async function settingsAgainstBase(
  dir: string,
  base: string,
  options: { configFile?: string; baselineFile?: string },
  history = false,
): Promise<ScopeSettings> {
  const repo = await openRepo(dir);
  const pair = { base: await resolveCommit(repo, base), head: await resolveCommit(repo, 'HEAD') };
  const diff = readDiff(repo.root, [pair.base, pair.head]);
  const markers = history ? await markersCommitByCommit(repo.root, pair) : undefined;
  const settings = await trustedSettings(repo.root, pair, options, diff, markers?.found);
  if (markers?.note) settings.notes.push(markers.note);
  return settings;
}

/** Commits past which a history's markers are looked for in the range as a whole only. */
const MAX_MARKER_COMMITS = 1000;

/** The markers each commit from the base to the head adds (against its first parent), with that commit. */
async function markersCommitByCommit(
  root: string,
  pair: CommitPair,
): Promise<{ found?: AddedMarker[]; note?: ScanNote }> {
  const list = (await runGit(root, ['rev-list', '--reverse', '--parents', `${pair.base}..${pair.head}`, '--']))
    .toString('utf8')
    .split('\n')
    .filter(Boolean);
  if (list.length > MAX_MARKER_COMMITS) {
    const reason = `over ${MAX_MARKER_COMMITS} commits past the trusted base: inline allow markers were looked for in the whole range only`;
    return { note: { file: '.git', reason } };
  }
  const found: AddedMarker[] = [];
  for (const line of list) {
    const [commit, parent] = line.split(' ') as [string, string | undefined];
    if (!parent) continue;
    for (const marker of await addedAllowMarkers(root, readDiff(root, [parent, commit])))
      found.push({ ...marker, commit });
  }
  return { found };
}

async function baselineAt(root: string, commit: string, file: string): Promise<BaselineSide> {
  const blob = await readAtCommit(root, commit, file, BASELINE_MAX_BYTES);
  if (blob === undefined) return { entries: [] };
  const text = blob.toString('utf8');
  const name = atCommit(file, commit);
  return { entries: checkBaseline(name, parseJson(name, text)), text };
}
