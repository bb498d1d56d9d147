// `keylint install-hook`: writes the pre-commit hook that runs `keylint staged`.
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
        describe: "Replace a pre-commit hook that is not keylint's (kept as a backup)",
      })
      .option('command', {
        type: 'string',
        describe: 'Command the hook runs instead of this keylint (e.g. "npx keylint staged")',
      }),
  run: async (argv) => {
    const { installHook } = await import('../git/hook.js');
    const { file, backup } = await installHook(argv.repo, { force: argv.force, command: argv.command });
    process.stdout.write(
      `keylint: pre-commit hook written to ${file}${backup ? ` (previous hook kept as ${backup})` : ''}\n`,
    );
    return 0;
  },
});
