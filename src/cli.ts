// Maps the command line to commands and their exit code: 0 clean, 1 findings, 2 usage or runtime error.
import yargs from 'yargs';
import { UsageError, isKnownError } from './errors.js';
import { takeExitCode } from './commands/exit.js';
import { baselineCommand } from './commands/baseline.js';
import { reportCommand } from './commands/report.js';
import { auditCommand } from './commands/audit.js';
import { mergeCommand } from './commands/merge.js';
import { rulesCommand } from './commands/rules.js';
import { scanCommand } from './commands/scan.js';
import { validateCommand } from './commands/validate.js';
import { revokeCommand } from './commands/revoke.js';
import { gitCommands } from './commands/git-commands.js';

/** Runs keylint with `args` (without node and script); resolves to the exit code. */
export async function main(args: string[]): Promise<number> {
  const debug = args.includes('--debug');
  try {
    await yargs(args)
      .scriptName('keylint')
      .usage('$0 <command> [options]')
      .command(scanCommand)
      .command(rulesCommand)
      .command(baselineCommand)
      .command(reportCommand)
      .command(validateCommand)
      .command(revokeCommand)
      .command(auditCommand)
      .command(mergeCommand)
      .command(gitCommands as never)
      .option('debug', { type: 'boolean', describe: 'Print stack traces of errors' })
      .demandCommand(1, 'Name a command, e.g. keylint scan .')
      .strict()
      .exitProcess(false)
      .fail((message, error) => {
        throw error ?? new UsageError(message);
      })
      .help()
      .version()
      .wrap(Math.min(110, process.stdout.columns || 110))
      .parseAsync();
    return takeExitCode();
  } catch (error) {
    takeExitCode();
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`keylint: ${isKnownError(error) ? message : `unexpected error: ${message.split('\n')[0]}`}\n`);
    return 2;
  }
}
