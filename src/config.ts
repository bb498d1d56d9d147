// The user's config file: extra rules in the rule-file format, path allowlists, defaults for flags.
import fs from 'node:fs';
import path from 'node:path';
import { refuseExponentialPatterns } from './backtracking.js';
import { ConfigError } from './errors.js';
import { repositoryRoot } from './repository-root.js';
import { CONFIG_MAX_BYTES } from './json-file.js';
import picomatch from 'picomatch';
import { loadRuleSet, readJson, type RuleSet } from './rules.js';
import { SEVERITIES, type Severity } from './types.js';
import { isVendor, VENDOR_IDS } from './vendors/index.js';

/** Config files looked for from the working directory up to the repository's top level when `--config` is not given. */
export const DEFAULT_CONFIG_NAMES = ['.keylint.json', 'keylint.config.json'];

/** One path allowlist entry; an expired entry stops allowing and is reported. */
export interface PathAllow {
  glob: string;
  reason?: string;
  expires?: string;
}

/** The loaded config. */
export interface Config {
  /** Where it came from, for messages; undefined when no config file was found. */
  file?: string;
  /** Extra rule files in the built-in format (the config's own `rules`, and `ruleFiles` it lists). */
  ruleFiles: Array<{ file: string; data: unknown }>;
  /** Rule ids switched off. */
  disabled: string[];
  allowPaths: PathAllow[];
  failOn?: Severity;
  /** Revoke endpoints by vendor (`{"maxai": "https://…"}`); called only by `keylint revoke --yes`. */
  revoke?: Record<string, string>;
  /** A MaiAgent private deployment's https base URL; used for validation only with `--allow-private-base-url`. */
  maiagentBaseUrl?: string;
}

/** A config with nothing in it: what applies when no config file is found. */
export function emptyConfig(): Config {
  return { ruleFiles: [], disabled: [], allowPaths: [] };
}

/** Loads `file`, or the nearest default config from `cwd` up to the repository root (see findConfig), or none. */
export function loadConfig(file: string | undefined, cwd: string): Config {
  const found = file ?? findConfig(cwd);
  if (!found) return emptyConfig();
  return parseConfig(found, readJson(found, CONFIG_MAX_BYTES), (extra) => {
    const resolved = path.resolve(path.dirname(found), extra);
    return { file: resolved, data: readJson(resolved, CONFIG_MAX_BYTES) };
  });
}

/**
 * Checks a config's parsed JSON. `readRuleFile` reads each entry of its `ruleFiles` (from disk, or from a
 * commit), and names it for messages.
 */
export function parseConfig(
  found: string,
  data: unknown,
  readRuleFile: (entry: string) => { file: string; data: unknown },
): Config {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new ConfigError(found, 'expected a JSON object');
  const raw = data as Record<string, unknown>;
  const known = new Set(['$schema', 'rules', 'ruleFiles', 'disable', 'allow', 'failOn', 'revoke', 'maiagentBaseUrl']);
  for (const key of Object.keys(raw)) {
    if (!known.has(key))
      throw new ConfigError(found, `unknown field "${key}" (expected one of ${[...known].join(', ')})`);
  }

  const ruleFiles: Config['ruleFiles'] = [];
  if (raw.rules !== undefined) {
    if (!Array.isArray(raw.rules))
      throw new ConfigError(found, '"rules" must be an array of rules in the rules/*.json format');
    ruleFiles.push({ file: found, data: { rules: raw.rules } });
  }
  for (const extra of ruleFileList(found, raw)) ruleFiles.push(readRuleFile(extra));

  if (raw.maiagentBaseUrl !== undefined && !isHttpsUrl(raw.maiagentBaseUrl))
    throw new ConfigError(found, '"maiagentBaseUrl" must be an https:// URL');

  let failOn: Severity | undefined;
  if (raw.failOn !== undefined) {
    if (!SEVERITIES.includes(raw.failOn as Severity))
      throw new ConfigError(found, `"failOn" must be one of ${SEVERITIES.join(', ')}`);
    failOn = raw.failOn as Severity;
  }
  return {
    file: found,
    ruleFiles,
    disabled: stringList(found, 'disable', raw.disable),
    allowPaths: allowPaths(found, raw.allow),
    failOn,
    revoke: revokeEndpoints(found, raw.revoke),
    ...(raw.maiagentBaseUrl === undefined ? {} : { maiagentBaseUrl: raw.maiagentBaseUrl as string }),
  };
}

/** True for a string that parses as an https:// URL with a host. */
export function isHttpsUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The `ruleFiles` a config's parsed JSON lists (checked), for readers that must fetch them first. */
export function ruleFileList(found: string, data: unknown): string[] {
  const raw =
    typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return stringList(found, 'ruleFiles', raw.ruleFiles);
}

/** A predicate over display paths for the entries still in force; expired entries are returned apart. */
export function pathAllowlist(
  entries: PathAllow[],
  today: string,
): { isAllowed: (file: string) => boolean; globs: string[]; expired: PathAllow[] } {
  const globs = entries.filter((e) => !e.expires || e.expires >= today).map((e) => e.glob);
  const matcher = globs.length > 0 ? picomatch(globs, { dot: true }) : () => false;
  return { isAllowed: matcher, globs, expired: entries.filter((e) => e.expires !== undefined && e.expires < today) };
}

function allowPaths(file: string, value: unknown): PathAllow[] {
  if (value === undefined) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ConfigError(file, '"allow" must be an object like {"paths": [...]}');
  const paths = (value as Record<string, unknown>).paths ?? [];
  if (!Array.isArray(paths)) throw new ConfigError(file, '"allow.paths" must be an array');
  return paths.map((entry, i): PathAllow => {
    if (typeof entry === 'string' && entry !== '') return { glob: entry };
    if (typeof entry === 'object' && entry !== null && typeof (entry as PathAllow).glob === 'string') {
      const { glob, reason, expires } = entry as PathAllow;
      if (reason !== undefined && typeof reason !== 'string')
        throw new ConfigError(file, `"allow.paths[${i}].reason" must be a string`);
      if (expires !== undefined && (typeof expires !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(expires))) {
        throw new ConfigError(file, `"allow.paths[${i}].expires" must be a date like 2027-01-31`);
      }
      return { glob, reason, expires };
    }
    throw new ConfigError(file, `"allow.paths[${i}]" must be a glob or {"glob", "reason"?, "expires"?}`);
  });
}

function revokeEndpoints(file: string, value: unknown): Record<string, string> {
  if (value === undefined) return {};
  const entries =
    typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : undefined;
  if (
    !entries ||
    entries.some(([vendor, url]) => !isVendor(vendor) || typeof url !== 'string' || !url.startsWith('https://'))
  ) {
    throw new ConfigError(file, `"revoke" must map ${VENDOR_IDS.join(', ')} to an https:// URL`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

function stringList(file: string, field: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
    throw new ConfigError(file, `"${field}" must be an array of non-empty strings`);
  }
  return value as string[];
}

/** Built-in rules plus the config's, minus the disabled ones (an unknown id is an error). */
export function rulesFromConfig(config: Config): RuleSet {
  const all = loadRuleSet(config.ruleFiles);
  const extra = new Set(config.ruleFiles.map((f) => f.file));
  refuseExponentialPatterns(
    all.rules.filter((r) => extra.has(r.source)),
    config.ruleFiles,
  );
  for (const id of config.disabled) {
    if (!all.rules.some((r) => r.id === id))
      throw new ConfigError(config.file ?? 'config', `"disable": unknown rule id "${id}"`);
  }
  return {
    ...all,
    rules: all.rules.filter((r) => !config.disabled.includes(r.id)),
    recipe: { extra: config.ruleFiles, disabled: config.disabled },
  };
}

/**
 * The nearest default config file in `cwd` or a folder above it, up to the top level of the git repository
 * that holds `cwd`, so that a scan from a subdirectory uses the project's config. Outside a repository only
 * `cwd` itself is looked at: a config in a home folder is nobody's project config.
 *
 * A config above `cwd` counts only when it belongs to the user running keylint, to the owner of `cwd`, or to root
 * (see ownedByUs): anyone can write `/tmp/.git/` and `/tmp/.keylint.json`, and every scan run from a folder under
 * /tmp then took that stranger's allowances (git itself refuses a repository another user owns).
 */
export function findConfig(cwd: string): string | undefined {
  const start = path.resolve(cwd);
  const stop = repositoryRoot(start) ?? start;
  for (let dir = start; ; dir = path.dirname(dir)) {
    const found = DEFAULT_CONFIG_NAMES.map((name) => path.join(dir, name)).find((p) => fs.existsSync(p));
    if (found && (dir === start || ownedByUs(found, start))) return found;
    if (dir === stop || path.dirname(dir) === dir) return undefined;
  }
}

/** Whether `file` is owned by root, the user running keylint or the owner of `start`; always so where uids do not exist. */
function ownedByUs(file: string, start: string): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return true;
  const owner = fs.lstatSync(file).uid;
  return owner === 0 || owner === uid || owner === fs.statSync(start).uid;
}
