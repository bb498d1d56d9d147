// The pre-commit entry, bundled alone as CommonJS (dist/staged.cjs): a hook runs `keylint staged` on every
// commit, and Node reads and compiles one CommonJS file for far less than the ES module loader spends on the
// full CLI's chunks (resolving, reading and linking each). Plain flags run here without yargs; any other
// `staged` command line (help, unusual spellings, mistakes) goes to the full CLI, which parses it as ever.
import { runCommandLine } from './command-line.js';
import { plainStagedFlags, runStaged } from './commands/staged.js';

/** Runs `keylint staged …` (`args` without node and script, `staged` first); resolves to the exit code. */
export async function main(args: string[]): Promise<number> {
  const flags = plainStagedFlags(args.slice(1));
  if (!flags) return (await import('./cli.js')).main(args);
  return runCommandLine(args, () => runStaged(flags));
}
