// The settings `diff` checks a change with: the base commit's config, custom rules and baseline, never the
// head's, since the head (a pull request) is what is being checked. What the head would loosen is reported.
import path from 'node:path';
import { BASELINE_MAX_BYTES, checkBaseline, readBaseline, type BaselineEntry } from '../filters/baseline.js';
import { loadConfig, type Config } from '../config.js';
import { baselineWeakenings, configWeakenings, type BaselineSide } from './scan-weakened.js';
import { parseJson } from '../json-file.js';
import type { Finding, ScanNote } from '../types.js';
import { atCommit, loadConfigAt } from './config-at-commit.js';
import { readAtCommit } from '../git/read-at-commit.js';

/** The two commits of a change, as ids. */
export interface CommitPair {
  base: string;
  head: string;
}

/** What a change is checked with, and what it tries to loosen. */
export interface TrustedSettings {
  config: Config;
  baseline?: { file: string; entries: BaselineEntry[] };
  /** `scan-weakened` findings. */
  weakened: Finding[];
  notes: ScanNote[];
}

/**
 * The base's settings and the head's loosenings. A `configFile` the user names is read from disk as it is
 * (their CI's choice, not the repository's); so is a baseline outside the repository.
 */
export async function trustedSettings(
  root: string,
  pair: CommitPair,
  options: { configFile?: string; baselineFile?: string },
): Promise<TrustedSettings> {
  const settings: TrustedSettings = { config: loadConfig(options.configFile, root), weakened: [], notes: [] };
  if (options.configFile === undefined) {
    const base = await loadConfigAt(root, pair.base);
    settings.config = base.config;
    try {
      settings.weakened.push(...configWeakenings(base, await loadConfigAt(root, pair.head)));
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
      settings.weakened.push(...baselineWeakenings(inRepo, base, head));
    }
  }
  return settings;
}

async function baselineAt(root: string, commit: string, file: string): Promise<BaselineSide> {
  const blob = await readAtCommit(root, commit, file, BASELINE_MAX_BYTES);
  if (blob === undefined) return { entries: [] };
  const text = blob.toString('utf8');
  const name = atCommit(file, commit);
  return { entries: checkBaseline(name, parseJson(name, text)), text };
}
