// What the commands that validate share: the flags, the run over a scan result, and the live exit code.
import type { Argv } from 'yargs';
import { type Config, isHttpsUrl } from '../config.js';
import { UsageError } from '../errors.js';
import type { ScanOutcome } from '../scan/pipeline.js';
import { isLive, type Report } from '../types.js';

/** How checks are made: every command that validates has these. */
export interface CheckFlags {
  'allow-private-base-url': boolean;
  'maiagent-base-url'?: string;
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
      describe: "Validate MaiAgent keys at the private deployment of the config's maiagentBaseUrl",
    })
    .option('maiagent-base-url', {
      type: 'string',
      describe: 'Validate MaiAgent keys at this private deployment (https) instead of api.maiagent.ai',
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
  outcome: Pick<ScanOutcome, 'result' | 'textOf' | 'config'>,
  flags: CheckFlags,
): Promise<void> {
  if (!(flags['validation-timeout'] > 0)) throw new UsageError('--validation-timeout must be a positive number of ms');
  const maiagentBaseUrl = privateDeployment(flags, outcome.config);
  const { validateFindings } = await import('../validate/runner.js');
  const { hintsOf } = await import('../validate/inputs.js');
  const { report, secrets } = outcome.result;
  await validateFindings(report.findings, secrets, {
    hints: await hintsOf(report.findings, outcome.textOf),
    maiagentBaseUrl,
    timeoutMs: flags['validation-timeout'],
  });
}

/**
 * Where MaiAgent keys are checked when not at the public host: the flag's URL, or the config's with the
 * explicit opt-in on the command line, so that a config file alone (a repository's) never moves a key.
 * Never a URL from scanned content.
 */
function privateDeployment(flags: CheckFlags, config: Config): string | undefined {
  const fromFlag = flags['maiagent-base-url'];
  if (fromFlag !== undefined) {
    if (!isHttpsUrl(fromFlag)) throw new UsageError('--maiagent-base-url must be an https:// URL');
    return fromFlag;
  }
  return flags['allow-private-base-url'] ? config.maiagentBaseUrl : undefined;
}

/** 1 when a finding's key is live, else 0: the `--fail-on-live` exit code. */
export function liveExitCode(report: Report): number {
  return report.findings.some((f) => isLive(f.validation?.status)) ? 1 : 0;
}
