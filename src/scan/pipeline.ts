// One pipeline for every command: open the target, load config and rules, detect over the target's items,
// run the filter chain, then add what the files tell (bundle origins). Validation, the network-facing
// enricher, and the exit code policy are the command's (see commands/scanning.ts).
import path from 'node:path';
import { type Config, loadConfig, pathAllowlist, rulesFromConfig } from '../config.js';
import { readBaseline } from '../filters/baseline.js';
import { applyFilters } from '../filters/index.js';
import { nameRedactor, redactNames } from '../redact.js';
import { sortFindings } from '../findings.js';
import type { RuleSet } from '../rules.js';
import type { Finding, ScanResult } from '../types.js';
import type { ChangeTarget, HistoryTarget } from './git.js';
import type { TreeTarget } from './paths.js';
import type { ScanRunOptions } from './run.js';
import type { Scope } from './scope.js';

/** What to scan: the working tree, a history or a change. */
export type ScanTarget = TreeTarget | HistoryTarget | ChangeTarget;

/** Options of a pipeline run. */
export interface RunScanOptions extends ScanRunOptions {
  /** Config file; default: `.keylint.json` or `keylint.config.json` where the target looks for one. */
  configFile?: string;
  /** Baseline file: the findings it accepts are dropped. Read before the scan, so a bad file fails fast. */
  baseline?: string;
}

/** A finished pipeline run. */
export interface ScanOutcome {
  result: ScanResult;
  config: Config;
  ruleSet: RuleSet;
  /** The directory display paths are relative to. */
  root: string;
  /** The text a finding was found in, read again from where the target keeps it (for validation hints). */
  textOf: (finding: Finding) => Promise<string | undefined>;
}

/** Runs the whole pipeline over `target`. */
export async function runScan(target: ScanTarget, options: RunScanOptions = {}): Promise<ScanOutcome> {
  const scope = await openScope(target);
  const settings = await scope.settings?.({ configFile: options.configFile, baselineFile: options.baseline });
  const config = settings?.config ?? loadConfig(options.configFile, scope.configDir);
  const ruleSet = rulesFromConfig(config);
  const read = settings
    ? settings.baseline
    : options.baseline
      ? { file: options.baseline, entries: readBaseline(options.baseline) }
      : undefined;
  const baseline = read && { ...read, complete: scope.complete };
  const today = new Date().toISOString().slice(0, 10);
  const allow = pathAllowlist(config.allowPaths, today);
  // Allow globs are written relative to the config file, whatever folder is scanned.
  const allowBase =
    settings?.allowBase ?? (config.file ? path.dirname(path.resolve(config.file)) : path.resolve(scope.configDir));
  const { configFile: _config, baseline: _baseline, ...scanOptions } = options;
  const result = await scope.detect(ruleSet, { ...allow, base: allowBase }, scanOptions);
  // An interrupted scan reports what it found as it found it: nothing is filtered against a partial picture.
  if (!options.signal?.aborted) {
    result.report = await applyFilters(result.report, {
      allow: { file: config.file ?? 'config', expired: allow.expired },
      scope: scope.narrow && ((report) => scope.narrow!(report, ruleSet)),
      baseline,
      today,
    });
    await scope.enrich?.(result.report);
    if (settings) {
      const { findings, notes } = result.report;
      result.report = {
        ...result.report,
        findings: sortFindings([...findings, ...settings.findings]),
        notes: [...notes, ...settings.notes],
      };
    }
  }
  // A key in a name (a file, an archive entry, a map source, a commit author) is redacted like any other key.
  const prefixes = ruleSet.rules.flatMap((rule) => (rule.kind === 'secret' && rule.prefix ? [rule.prefix] : []));
  redactNames(result.report, nameRedactor(result.secrets.values(), prefixes));
  return { result, config, ruleSet, root: scope.root, textOf: (finding) => scope.textOf(finding) };
}

/** Each target's module loads only when used: a pre-commit check need not load the file walker or the pool. */
async function openScope(target: ScanTarget): Promise<Scope> {
  switch (target.kind) {
    case 'tree':
      return (await import('./paths.js')).treeScope(target);
    case 'history':
      return (await import('./git.js')).historyScope(target);
    case 'change':
      return (await import('./git.js')).changeScope(target);
  }
}
