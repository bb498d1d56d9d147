// What a scan target hands the pipeline: where it lives, how to detect over its source, how it narrows the
// findings to what the command is about, and how to read a finding's text again (for validation hints).
import type { Config, PathAllow } from '../config.js';
import type { BaselineEntry } from '../filters/baseline.js';
import type { RuleSet } from '../rules.js';
import type { Finding, Report, ScanNote, ScanResult } from '../types.js';
import type { ScanRunOptions } from './run.js';

/** The config's path allowlist as a source applies it: a predicate and the globs in force. */
export interface Allowlist {
  isAllowed: (file: string) => boolean;
  globs: string[];
  expired: PathAllow[];
  /** The folder the globs are relative to: the config file's. */
  base: string;
}

/** What a target is checked with instead of the working tree's settings, and what it adds past the filters. */
export interface ScopeSettings {
  config: Config;
  baseline?: { file: string; entries: BaselineEntry[] };
  /** Findings about the target itself (a pull request's loosenings: `scan-weakened`); no filter drops them. */
  findings: Finding[];
  notes: ScanNote[];
  /** The folder the config's allow globs are relative to, when its file is not on disk (a commit's). */
  allowBase?: string;
}

/** One opened target. */
export interface Scope {
  /** Where the config is looked for when `--config` is not given. */
  configDir: string;
  /** The directory display paths are relative to. */
  root: string;
  /** A range's own settings (its base commit's config and baseline); undefined for the working tree's. */
  settings?(options: { configFile?: string; baselineFile?: string }): Promise<ScopeSettings | undefined>;
  /** Scans the target's items with `ruleSet`; allowed paths are never read. */
  detect(ruleSet: RuleSet, allow: Allowlist, options: ScanRunOptions): Promise<ScanResult>;
  /** Keeps what the command is about: a change's added lines, one finding per secret of a history. */
  narrow?(report: Report, ruleSet: RuleSet): Promise<Report>;
  /** Adds what the files themselves tell about findings (original positions of bundle findings). */
  enrich?(report: Report): Promise<void>;
  /** The text a finding was found in, read again; undefined when it cannot be (an archive entry). */
  textOf(finding: Finding): Promise<string | undefined>;
  /** True when a baseline entry that matches nothing means the entry is stale (the whole target was scanned). */
  complete: boolean;
}
