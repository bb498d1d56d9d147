// `keylint install-hook`: runs `keylint staged` before each commit, through husky or lefthook when the repository
// uses one, else as the git pre-commit hook.
import { defineCommand } from './command.js';

/** The `install-hook` command. */
export const installHookCommand = defineCommand({
  command: 'install-hook',
  describe: 'Install a git pre-commit hook that blocks commits adding vendor keys',
  builder: (yargs) =>
    yargs
      .option('repo', { type: 'string', default: '.', describe: 'A directory inside the repository' })
      .option('force', {
        type: 'boolean',
        default: false,
        describe: "Replace a pre-commit hook that is not keylint's; it is kept and runs after keylint",
      })
      .option('command', {
        type: 'string',
        describe: 'Command the hook runs instead of this keylint (e.g. "npx keylint staged")',
      }),
  run: async (argv) => {
    const { installHook } = await import('../git/hook.js');
    const { file, manager, changed, backup } = await installHook(argv.repo, {
      force: argv.force,
      command: argv.command,
    });
    if (manager) {
      const done = changed ? `added to ${manager}'s pre-commit hook in` : `already in ${manager}'s`;
      process.stdout.write(`keylint: ${done} ${file}\n`);
    } else {
      const kept = backup ? ` (the previous hook, kept as ${backup}, runs after it)` : '';
      process.stdout.write(`keylint: pre-commit hook written to ${file}${kept}\n`);
    }
    return 0;
  },
});
