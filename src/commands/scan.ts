// `keylint scan [paths…]`: the working tree.
import { defineCommand } from './command.js';
import { scanAndReport, withScanningFlags, withTrustedBase } from './scanning.js';

/** The `scan` command. */
export const scanCommand = defineCommand({
  command: 'scan [paths..]',
  describe: 'Scan files and directories (default: the current directory)',
  builder: (yargs) =>
    withTrustedBase(withScanningFlags(yargs))
      .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files or directories to scan' })
      .option('ignore', {
        type: 'boolean',
        default: true,
        describe: 'Honour .gitignore files and skip dependency folders (--no-ignore scans everything)',
      })
      .option('root', {
        type: 'string',
        describe:
          'Folder that sarif and github paths are relative to (default: the repository root, as code scanning expects)',
      }),
  run: (argv) => {
    const target = {
      kind: 'tree',
      paths: argv.paths,
      cwd: process.cwd(),
      useGitignore: argv.ignore,
      trustedBase: argv['trusted-base'],
    } as const;
    return scanAndReport(target, argv);
  },
});
