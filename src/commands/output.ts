// What every scanning command shares: the output flags, writing the report, and the exit code.
import { isatty } from 'node:tty';
import type { Argv } from 'yargs';
import { UsageError } from '../errors.js';
import { revealSecrets } from '../redact.js';
import { writeStdout } from '../stdout.js';
import type { Format } from '../report/index.js';
import type { Reporter, RuleInfo } from '../report/types.js';
import { SEVERITIES, type Report, type ScanResult, type Severity } from '../types.js';

/**
 * The reporter registry (`report/index.ts`) loaded one format at a time: a pre-commit hook that prints
 * JSON should not load the HTML page's script and styles. Same keys, same order as REPORTERS.
 */
export const REPORTER_LOADERS: Record<Format, () => Promise<Reporter>> = {
  human: async () => (await import('../report/human.js')).renderHuman,
  json: async () => (await import('../report/json.js')).renderJson,
  sarif: async () => (await import('../report/sarif.js')).renderSarif,
  github: async () => (await import('../report/github.js')).renderGithub,
  junit: async () => (await import('../report/junit.js')).renderJunit,
  html: async () => (await import('../report/html.js')).renderHtml,
};
const FORMATS = Object.keys(REPORTER_LOADERS) as Format[];

/** Flags shared by the commands that produce a report. */
export interface OutputFlags {
  format?: string;
  output?: string;
  config?: string;
  'fail-on'?: string;
  'show-secrets': boolean;
  'fail-on-usage': boolean;
}

/** Adds the report flags to a command. */
export function withOutputFlags<T>(yargs: Argv<T>): Argv<T & OutputFlags> {
  return yargs
    .option('format', {
      alias: 'f',
      type: 'string',
      describe: `Output format: ${FORMATS.join(', ')} (default: human; json for tools)`,
    })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the report to this file instead of stdout' })
    .option('config', {
      alias: 'c',
      type: 'string',
      describe:
        'Config file (default: the nearest .keylint.json or keylint.config.json from the working directory up to ' +
        'the repository root)',
    })
    .option('fail-on', {
      type: 'string',
      describe: `Exit 1 when a finding is at or above this severity: ${SEVERITIES.join(', ')} (default: low)`,
    })
    .option('fail-on-usage', {
      type: 'boolean',
      default: false,
      describe: 'Let usage lints fail the run too (by default they are reported, not failed on)',
    })
    .option('show-secrets', {
      type: 'boolean',
      default: false,
      describe: 'Print full secrets instead of redacted ones (never the default)',
    }) as Argv<T & OutputFlags>;
}

/**
 * Checks `--format` before any work is done. Human output is the default everywhere, in a pipe or a CI log too,
 * as with gitleaks, secretlint and ripgrep: tools ask for JSON with `-f json`.
 */
export function parseFormat(value: string | undefined): Format {
  if (value === undefined) return 'human';
  if (!Object.hasOwn(REPORTER_LOADERS, value))
    throw new UsageError(`unknown --format "${value}" (use ${FORMATS.join(', ')})`);
  return value as Format;
}

/** Checks `--fail-on` (or the config's `failOn`). */
export function parseSeverity(value: string | undefined, fallback: Severity = 'low'): Severity {
  if (value === undefined) return fallback;
  if (!SEVERITIES.includes(value as Severity))
    throw new UsageError(`unknown --fail-on "${value}" (use ${SEVERITIES.join(', ')})`);
  return value as Severity;
}

/** Writes a report read back from saved files (merge, audit): it carries no secrets to reveal. */
export function emitSavedReport(
  report: Report,
  options: { format: Format; output?: string; failOn: Severity; color?: boolean },
): Promise<number> {
  return emitReport({ report, secrets: new Map() }, { ...options, showSecrets: false });
}

/** Renders and writes the report; resolves to the exit code (1 when a finding reaches `failOn`). */
export async function emitReport(
  result: ScanResult,
  options: {
    format: Format;
    output?: string;
    showSecrets: boolean;
    failOn: Severity;
    failOnUsage?: boolean;
    rules?: readonly RuleInfo[];
    /** --color or --no-color, when given. */
    color?: boolean;
  },
): Promise<number> {
  const render = await REPORTER_LOADERS[options.format]();
  const report = options.showSecrets ? revealSecrets(result.report, result.secrets) : result.report;
  const color = options.format === 'human' && (await colorWanted(options.color, options.output));
  const text = render(report, { color, rules: options.rules });
  // The writer loads node:crypto (for its temp names): a pre-commit run printing to stdout need not pay for it.
  if (options.output) (await import('../write-file.js')).writeFileAtomic(options.output, text);
  else writeStdout(text);
  return failingCount(report, options.failOn, options.failOnUsage) > 0 ? 1 : 0;
}

/**
 * Whether a human report is coloured: never in a file; an explicit --color or --no-color wins over NO_COLOR and
 * FORCE_COLOR (no-color.org: a command-line flag overrides the variable); FORCE_COLOR=0 (or false) is no colour,
 * as for Node itself and chalk, where picocolors takes any value for "force" (its issue #100); otherwise
 * picocolors' own detection (a colour terminal, FORCE_COLOR, NO_COLOR, CI). Asked only for human output:
 * picocolors loads node:tty, which a pre-commit run printing JSON need not pay for.
 */
export async function colorWanted(flag: boolean | undefined, output: string | undefined): Promise<boolean> {
  if (output) return false;
  if (flag !== undefined) return flag;
  if (process.env.FORCE_COLOR === '0' || process.env.FORCE_COLOR === 'false') return false;
  return (await import('picocolors')).default.isColorSupported;
}

/**
 * Findings at or above the threshold. Usage lints count only when asked: a hook must block a leaked
 * key, but a missing header is advice, and the vendors' own docs hold such misuses.
 */
export function failingCount(report: Report, failOn: Severity, failOnUsage = false): number {
  const limit = SEVERITIES.indexOf(failOn);
  return report.findings.filter((f) => (failOnUsage || f.kind !== 'usage') && SEVERITIES.indexOf(f.severity) <= limit)
    .length;
}

/**
 * A throttled one-line progress display on stderr, only when stderr is a terminal. Asked of the descriptor:
 * process.stderr, a stream over a pipe or a file, is built only when there is something to write.
 */
export function progressLine(): { update: (files: number, bytes: number) => void; done: () => void } {
  if (!isatty(2)) return { update: () => {}, done: () => {} };
  let last = 0;
  let shown = false;
  return {
    update(files, bytes) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      process.stderr.write(`\rkeylint: ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB scanned`);
    },
    done() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}
