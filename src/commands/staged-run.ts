// What `keylint staged` runs: the pre-commit check. Only the index's version of staged files, only added lines.
// A hook runs on every commit, so this path loads as little as it can: git runs before anything else loads
// (to completion: see runGitBlocking), and only the chosen reporter is imported.
import type { ScanningFlags } from './scanning.js';

/** Scans the index against HEAD; resolves to the exit code. */
export async function runStaged(flags: ScanningFlags): Promise<number> {
  const dir = process.cwd();
  const range = ['--cached'];
  const { readChange } = await import('../git/changes.js');
  const change = readChange(dir, range);
  const { scanAndReport } = await import('./scanning.js');
  return scanAndReport({ kind: 'change', dir, range, change }, flags);
}

const VALUE_FLAGS: Record<string, 'format' | 'output' | 'config' | 'fail-on' | 'baseline'> = {
  '--format': 'format',
  '-f': 'format',
  '--output': 'output',
  '-o': 'output',
  '--config': 'config',
  '-c': 'config',
  '--fail-on': 'fail-on',
  '--baseline': 'baseline',
};
/** The switches' defaults, as yargs would give them (validation is left to yargs: it is never a plain run). */
const SWITCHES_OFF = {
  'show-secrets': false,
  'fail-on-usage': false,
  validate: false,
  'fail-on-live': false,
  'allow-private-base-url': false,
  'validation-timeout': 10_000,
};
const SWITCHES: Record<string, 'show-secrets' | 'fail-on-usage' | 'debug'> = {
  '--show-secrets': 'show-secrets',
  '--fail-on-usage': 'fail-on-usage',
  '--debug': 'debug',
};

/**
 * The flags of `keylint staged <args>` when they are plain (`--format json`, `--format=json`, `-o file`,
 * `--show-secrets`…, each at most once), so that the CLI can skip yargs; undefined for anything else
 * (help, version, other spellings, unknown or repeated flags), which yargs parses and reports as ever.
 */
export function plainStagedFlags(args: readonly string[]): ScanningFlags | undefined {
  const flags: ScanningFlags = { ...SWITCHES_OFF };
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const key = Object.hasOwn(SWITCHES, name)
      ? SWITCHES[name]!
      : Object.hasOwn(VALUE_FLAGS, name)
        ? VALUE_FLAGS[name]!
        : undefined;
    if (key === undefined || seen.has(key)) return undefined;
    seen.add(key);
    if (key === 'show-secrets' || key === 'fail-on-usage' || key === 'debug') {
      if (eq !== -1) return undefined;
      if (key !== 'debug') flags[key] = true;
      continue;
    }
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '' || value.startsWith('-')) return undefined;
    flags[key] = value;
  }
  return flags;
}
