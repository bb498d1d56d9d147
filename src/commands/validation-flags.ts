// What the commands that validate share: the flags, the run over a scan result, and the live exit code.
import type { Argv } from 'yargs';
import { UsageError } from '../errors.js';
import type { ScanResult } from '../scan.js';
import type { Report } from '../types.js';
import { isLive } from '../validate/runner.js';

/** Flags of the opt-in live check. */
export interface ValidationFlags {
  validate: boolean;
  'fail-on-live': boolean;
  'allow-private-base-url': boolean;
  'validation-timeout': number;
}

/** Adds the validation flags to a command. */
export function withValidationFlags<T>(yargs: Argv<T>): Argv<T & ValidationFlags> {
  return yargs
    .option('validate', { type: 'boolean', default: false, describe: 'Ask each vendor whether found keys are live (sends each key to its own vendor over HTTPS)' })
    .option('fail-on-live', { type: 'boolean', default: false, describe: 'Exit 1 only when a live key (valid or valid-limited) is found; implies --validate' })
    .option('allow-private-base-url', { type: 'boolean', default: false, describe: 'Validate MaiAgent keys against a base URL found next to them (MAIAGENT_BASE_URL)' })
    .option('validation-timeout', { type: 'number', default: 10_000, describe: 'Timeout of each validation request, in ms' }) as Argv<T & ValidationFlags>;
}

/** Validates the result's findings in place; hints are read from the files under `root`. */
export async function validateResult(result: ScanResult, flags: ValidationFlags, root: string): Promise<void> {
  if (!(flags['validation-timeout'] > 0)) throw new UsageError('--validation-timeout must be a positive number of ms');
  const { validateFindings } = await import('../validate/runner.js');
  const { hintsFromFiles } = await import('../validate/inputs.js');
  await validateFindings(result.report.findings, result.secrets, {
    hints: hintsFromFiles(result.report.findings, root),
    allowPrivateBaseUrl: flags['allow-private-base-url'],
    timeoutMs: flags['validation-timeout'],
  });
}

/** 1 when a finding's key is live, else 0: the `--fail-on-live` exit code. */
export function liveExitCode(report: Report): number {
  return report.findings.some((f) => isLive(f.validation?.status)) ? 1 : 0;
}
