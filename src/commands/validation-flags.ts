// What the commands that validate share: the flags, the run over a scan result, and the live exit code.
import type { Argv } from 'yargs';
import { UsageError } from '../errors.js';
import type { ScanOutcome } from '../scan/pipeline.js';
import { isLive, type Report } from '../types.js';

/** How checks are made: every command that validates has these. */
export interface CheckFlags {
  'allow-private-base-url': boolean;
  'validation-timeout': number;
}

/** Flags of the opt-in live check on a scanning command. */
export interface ValidationFlags extends CheckFlags {
  validate: boolean;
  'fail-on-live': boolean;
}

/** Adds the flags that shape the checks to a command. */
export function withCheckFlags<T>(yargs: Argv<T>): Argv<T & CheckFlags> {
  return yargs
    .option('allow-private-base-url', {
      type: 'boolean',
      default: false,
      describe: 'Validate MaiAgent keys against a base URL found next to them (MAIAGENT_BASE_URL)',
    })
    .option('validation-timeout', {
      type: 'number',
      default: 10_000,
      describe: 'Timeout of each validation request, in ms',
    }) as Argv<T & CheckFlags>;
}

/** Adds the opt-in validation flags to a scanning command. */
export function withValidationFlags<T>(yargs: Argv<T>): Argv<T & ValidationFlags> {
  return withCheckFlags(yargs)
    .option('validate', {
      type: 'boolean',
      default: false,
      describe: 'Ask each vendor whether found keys are live (sends each key to its own vendor over HTTPS)',
    })
    .option('fail-on-live', {
      type: 'boolean',
      default: false,
      describe: 'Exit 1 only when a live key (valid or valid-limited) is found; implies --validate',
    }) as Argv<T & ValidationFlags>;
}

/** Validates an outcome's findings in place, with hints read from the text each was found in. */
export async function validateOutcome(
  outcome: Pick<ScanOutcome, 'result' | 'textOf'>,
  flags: CheckFlags,
): Promise<void> {
  if (!(flags['validation-timeout'] > 0)) throw new UsageError('--validation-timeout must be a positive number of ms');
  const { validateFindings } = await import('../validate/runner.js');
  const { hintsOf } = await import('../validate/inputs.js');
  const { report, secrets } = outcome.result;
  await validateFindings(report.findings, secrets, {
    hints: await hintsOf(report.findings, outcome.textOf),
    allowPrivateBaseUrl: flags['allow-private-base-url'],
    timeoutMs: flags['validation-timeout'],
  });
}

/** 1 when a finding's key is live, else 0: the `--fail-on-live` exit code. */
export function liveExitCode(report: Report): number {
  return report.findings.some((f) => isLive(f.validation?.status)) ? 1 : 0;
}
