// `keylint staged`: the pre-commit check, as a yargs command. What it runs is in staged-run.ts, which the
// pre-commit bundle (staged-cli.ts) calls without yargs for plain flags.
import { defineCommand } from './command.js';
import { withScanningFlags } from './scanning.js';
import { runStaged } from './staged-run.js';

/** The `staged` command. */
export const stagedCommand = defineCommand({
  command: 'staged',
  describe: 'Scan what the next commit adds (the index, not the working tree): for pre-commit hooks',
  builder: (yargs) => withScanningFlags(yargs),
  run: (argv) => runStaged(argv),
});
