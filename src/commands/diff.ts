// `keylint diff <base>..<head>`: what a pull request adds. Only added lines count, at their new line numbers.
// The config, custom rules and baseline are the base commit's: a pull request cannot loosen its own check.
import { UsageError } from '../errors.js';
import { defineCommand } from './command.js';
import { scanAndReport, withScanningFlags } from './scanning.js';

/** The `diff` command. */
export const diffCommand = defineCommand({
  command: 'diff [range]',
  describe: 'Scan the lines a commit range adds: base..head, base...head (from the merge base), or --base/--head',
  builder: (yargs) =>
    withScanningFlags(yargs)
      .positional('range', { type: 'string', describe: 'base..head or base...head' })
      .option('base', { type: 'string', describe: 'Base revision (instead of a range)' })
      .option('head', { type: 'string', describe: 'Head revision (default HEAD, with --base)' })
      .option('repo', { type: 'string', default: '.', describe: 'A directory inside the repository' }),
  run: async (argv) => {
    const { base, head, mergeBase } = parseRange(argv);
    const { rangeOf } = await import('../scan/git.js');
    const range = await rangeOf(argv.repo, base, head, mergeBase);
    return scanAndReport({ kind: 'change', dir: argv.repo, range }, argv);
  },
});

function parseRange(argv: { range?: string; base?: string; head?: string }): {
  base: string;
  head: string;
  mergeBase: boolean;
} {
  if (argv.range !== undefined) {
    if (argv.base !== undefined || argv.head !== undefined)
      throw new UsageError('give either a range or --base/--head, not both');
    const match = /^(.+?)(\.\.\.?)(.*)$/.exec(argv.range);
    if (!match) throw new UsageError(`range "${argv.range}" must look like base..head or base...head`);
    return { base: match[1]!, head: match[3] || 'HEAD', mergeBase: match[2] === '...' };
  }
  if (argv.base === undefined) throw new UsageError('name a range (base..head) or --base');
  return { base: argv.base, head: argv.head ?? 'HEAD', mergeBase: false };
}
