// `keylint validate <report.json>`: live checks for a saved report. The report holds only redacted keys,
// so its files are scanned again in memory to recover them by fingerprint (history findings from the blob
// their commit and path name); nothing full is written.
import path from 'node:path';
import { defineCommand } from './command.js';
import { emitReport, parseFormat, parseSeverity, withOutputFlags } from './output.js';
import { liveExitCode, validateOutcome, withCheckFlags } from './validation-flags.js';

/** The `validate` command. */
export const validateCommand = defineCommand({
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
        describe: 'Directory the report paths are relative to (for history findings: a folder of the repository)',
      }),
  run: async (argv) => {
    const format = parseFormat(argv.format);
    const { loadReportWithSecrets } = await import('../validate/inputs.js');
    const outcome = await loadReportWithSecrets(argv.report, path.resolve(argv.root), argv.config);
    await validateOutcome(outcome, argv);
    const { result } = outcome;
    // Exit 1 on a live key, unless the user asked for a severity threshold instead.
    const code = await emitReport(result, {
      format,
      output: argv.output,
      showSecrets: argv['show-secrets'],
      failOn: parseSeverity(argv['fail-on']),
      color: argv.color,
    });
    return argv['fail-on'] ? code : liveExitCode(result.report);
  },
});
