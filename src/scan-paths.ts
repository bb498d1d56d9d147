// The working-tree scan as the CLI and the API run it: config, rules, file walk, pipeline.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, pathAllowlist, type Config } from './config.js';
import { ConfigError } from './errors.js';
import { loadRuleSet, type RuleSet } from './rules.js';
import { scanSource, type ScanResult, type ScanRunOptions } from './scan.js';

/** Options of a working-tree scan. */
export interface ScanPathsOptions extends ScanRunOptions {
  paths: string[];
  cwd: string;
  configFile?: string;
  /** Honour .gitignore files. Default: true. */
  useGitignore?: boolean;
}

/** Loads config and rules, walks the paths, and scans. */
export async function scanPaths(options: ScanPathsOptions): Promise<{ result: ScanResult; config: Config; ruleSet: RuleSet }> {
  const config = loadConfig(options.configFile, options.cwd);
  const ruleSet = rulesFromConfig(config);
  const allow = pathAllowlist(config.allowPaths, new Date().toISOString().slice(0, 10));
  const paths = options.paths.length > 0 ? options.paths : ['.'];
  // Imported here, so that commands that only need `rulesFromConfig` (staged) skip loading the file walker.
  const { fileSource } = await import('./sources/files.js');
  const source = fileSource({
    paths: paths.map((p) => path.resolve(options.cwd, p)),
    base: scanBase(paths, options.cwd),
    useGitignore: options.useGitignore ?? true,
    isExcluded: allow.isAllowed,
  });
  const result = await scanSource(source, ruleSet, options);
  for (const entry of allow.expired) {
    result.report.notes.push({ file: config.file ?? 'config', reason: `allow entry "${entry.glob}" expired on ${entry.expires}; its paths are scanned again` });
  }
  return { result, config, ruleSet };
}

/** Built-in rules plus the config's, minus the disabled ones (an unknown id is an error). */
export function rulesFromConfig(config: Config): RuleSet {
  const ruleSet = loadRuleSet(config.ruleFiles);
  for (const id of config.disabled) {
    if (!ruleSet.rules.some((r) => r.id === id)) throw new ConfigError(config.file ?? 'config', `"disable": unknown rule id "${id}"`);
  }
  return { ...ruleSet, rules: ruleSet.rules.filter((r) => !config.disabled.includes(r.id)) };
}

/** Paths in findings are relative to the one directory scanned, else to the working directory. */
function scanBase(paths: string[], cwd: string): string {
  if (paths.length === 1) {
    const only = path.resolve(cwd, paths[0]!);
    try {
      if (fs.statSync(only).isDirectory()) return only;
    } catch {
      // A missing path is reported by the walk itself.
    }
  }
  return cwd;
}
