// `keylint git [repo]`: audit the history, each blob once, each finding at the commit that introduced it.
import type { CommandModule } from 'yargs';
import { UsageError } from '../errors.js';
import { emitReport, parseFormat, parseSeverity, progressLine, withOutputFlags, type OutputFlags } from './output.js';
import { setExitCode } from './exit.js';

interface GitFlags extends OutputFlags {
  repo: string;
  all: boolean;
  branch?: string[];
  since?: string;
}

/** The `git` command. */
export const gitCommand: CommandModule<object, GitFlags> = {
  command: 'git [repo]',
  describe: 'Scan the git history: every blob reachable from the chosen refs, each once',
  builder: (yargs) =>
    withOutputFlags(yargs)
      .positional('repo', { type: 'string', default: '.', describe: 'A directory inside the repository' })
      .option('all', { type: 'boolean', default: false, describe: 'Every ref (branches, tags, remotes, stash)' })
      .option('branch', { alias: 'b', type: 'string', array: true, describe: 'Ref to walk (repeatable; default HEAD)' })
      .option('since', {
        type: 'string',
        describe: 'Only commits after this date (e.g. 2025-01-01, "2 weeks ago")',
      }) as never,
  handler: async (argv) => {
    if (argv.all && argv.branch?.length) throw new UsageError('use either --all or --branch, not both');
    const format = parseFormat(argv.format, process.stdout, argv.output);
    const { scanHistory } = await import('../scan/git.js');
    const progress = progressLine();
    const { result, config } = await scanHistory({
      dir: argv.repo,
      all: argv.all,
      branches: argv.branch,
      since: argv.since,
      configFile: argv.config,
      onProgress: progress.update,
    });
    progress.done();
    const failOn = parseSeverity(argv['fail-on'], config.failOn);
    setExitCode(
      await emitReport(result, {
        format,
        output: argv.output,
        showSecrets: argv['show-secrets'],
        failOn,
        failOnUsage: argv['fail-on-usage'],
      }),
    );
  },
};
