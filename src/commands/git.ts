// `keylint git [repo]`: audit the history, each blob once, each finding at the commit that introduced it.
import { UsageError } from '../errors.js';
import { defineCommand } from './command.js';
import { scanAndReport, withScanningFlags, withTrustedBase } from './scanning.js';

/** The `git` command. */
export const gitCommand = defineCommand({
  command: 'git [repo]',
  describe: 'Scan the git history: every blob reachable from the chosen refs, each once',
  builder: (yargs) =>
    withTrustedBase(withScanningFlags(yargs))
      .positional('repo', { type: 'string', default: '.', describe: 'A directory inside the repository' })
      .option('all', { type: 'boolean', default: false, describe: 'Every ref (branches, tags, remotes, stash)' })
      .option('branch', { alias: 'b', type: 'string', array: true, describe: 'Ref to walk (repeatable; default HEAD)' })
      .option('since', {
        type: 'string',
        describe: 'Only commits after this date (e.g. 2025-01-01, "2 weeks ago")',
      }),
  run: (argv) => {
    if (argv.all && argv.branch?.length) throw new UsageError('use either --all or --branch, not both');
    const target = {
      kind: 'history',
      dir: argv.repo,
      all: argv.all,
      branches: argv.branch,
      since: argv.since,
      trustedBase: argv['trusted-base'],
    } as const;
    return scanAndReport(target, argv);
  },
});
