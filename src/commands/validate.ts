// `keylint validate <report.json>`: live checks for a saved report. The report holds only redacted keys,
// so its files are scanned again in memory to recover them by fingerprint; nothing full is written.
import path from 'node:path';
import type { CommandModule } from 'yargs';
import { setExitCode } from './exit.js';
import { emitReport, parseFormat, parseSeverity, withOutputFlags, type OutputFlags } from './output.js';
import { liveExitCode, validateResult, withCheckFlags, type CheckFlags } from './validation-flags.js';

interface ValidateFlags extends OutputFlags, CheckFlags {
  report: string;
  root: string;
}

/** The `validate` command. */
export const validateCommand: CommandModule<object, ValidateFlags> = {
  command: 'validate <report>',
  describe: 'Ask the vendors whether the keys of a keylint JSON report are live (exit 1 when one is, or per --fail-on)',
  builder: (yargs) =>
    withCheckFlags(withOutputFlags(yargs))
      .positional('report', {
        type: 'string',
        demandOption: true,
        describe: 'A report written by keylint --format json',
      })
      .option('root', {
        type: 'string',
        default: '.',
        describe: 'Directory the report paths are relative to',
      }) as never,
  handler: async (argv) => {
    const format = parseFormat(argv.format, process.stdout, argv.output);
    const root = path.resolve(argv.root);
    const { loadReportWithSecrets } = await import('../validate/inputs.js');
    const result = await loadReportWithSecrets(argv.report, root, argv.config);
    await validateResult(result, argv, root);
    // Exit 1 on a live key, unless the user asked for a severity threshold instead.
    const code = await emitReport(result, {
      format,
      output: argv.output,
      showSecrets: argv['show-secrets'],
      failOn: parseSeverity(argv['fail-on']),
    });
    setExitCode(argv['fail-on'] ? code : liveExitCode(result.report));
  },
};
