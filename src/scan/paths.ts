// The working-tree scan as the CLI and the API run it: config, rules, file walk, pipeline.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, pathAllowlist, rulesFromConfig, type Config } from '../config.js';
import { defaultWorkerCount } from '../detect/pool.js';
import { addOriginalPositions } from '../enrich/bundle-origin.js';
import type { RuleSet } from '../rules.js';
import type { ScanResult } from '../types.js';
import { scanSource, type ScanRunOptions } from './run.js';

/** Options of a working-tree scan. */
export interface ScanPathsOptions extends ScanRunOptions {
  paths: string[];
  cwd: string;
  configFile?: string;
  /** Honour .gitignore files. Default: true. */
  useGitignore?: boolean;
}

/** Loads config and rules, walks the paths, and scans. */
export async function scanPaths(
  options: ScanPathsOptions,
): Promise<{ result: ScanResult; config: Config; ruleSet: RuleSet }> {
  const config = loadConfig(options.configFile, options.cwd);
  const ruleSet = rulesFromConfig(config);
  const allow = pathAllowlist(config.allowPaths, new Date().toISOString().slice(0, 10));
  const paths = options.paths.length > 0 ? options.paths : ['.'];
  const base = scanBase(paths, options.cwd);
  // Allow globs are written relative to the config file, whatever folder is scanned.
  const allowBase = config.file ? path.dirname(path.resolve(config.file)) : path.resolve(options.cwd);
  // Imported here: the file walker is this command's alone.
  const { fileSource } = await import('../sources/files.js');
  const source = fileSource({
    paths: paths.map((p) => path.resolve(options.cwd, p)),
    base,
    useGitignore: options.useGitignore ?? true,
    exclude: allow.globs.length === 0 ? undefined : { globs: allow.globs, base: allowBase },
  });
  const result = await scanSource(source, ruleSet, { workers: defaultWorkerCount(), ...options });
  await addOriginalPositions(result.report.findings, base, result.report.notes);
  for (const entry of allow.expired) {
    result.report.notes.push({
      file: config.file ?? 'config',
      reason: `allow entry "${entry.glob}" expired on ${entry.expires}; its paths are scanned again`,
    });
  }
  return { result, config, ruleSet };
}

/** Paths in findings are relative to the one directory scanned, else to the working directory. */
export function scanBase(paths: string[], cwd: string): string {
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
