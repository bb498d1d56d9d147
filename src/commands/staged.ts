// `keylint staged`: the pre-commit check. Only the index's version of staged files, only added lines.
// Imports stay lazy: a hook runs on every commit and must answer well under a second.
import type { CommandModule } from 'yargs';
import { emitReport, parseFormat, parseSeverity, withOutputFlags, type OutputFlags } from './output.js';
import { setExitCode } from './exit.js';

/** The `staged` command. */
export const stagedCommand: CommandModule<object, OutputFlags> = {
  command: 'staged',
  describe: 'Scan what the next commit adds (the index, not the working tree): for pre-commit hooks',
  builder: (yargs) => withOutputFlags(yargs) as never,
  handler: async (argv) => {
    const format = parseFormat(argv.format, process.stdout, argv.output);
    const { scanChange } = await import('../git/scan-git.js');
    const { result, config } = await scanChange({ dir: process.cwd(), range: ['--cached'], configFile: argv.config });
    const failOn = parseSeverity(argv['fail-on'], config.failOn);
    setExitCode(emitReport(result, { format, output: argv.output, showSecrets: argv['show-secrets'], failOn, failOnUsage: argv['fail-on-usage'] }));
  },
};
