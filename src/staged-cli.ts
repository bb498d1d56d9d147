// The pre-commit entry, bundled alone as CommonJS (dist/staged.cjs): a hook runs `keylint staged` on every
// commit, and Node reads and compiles one CommonJS file for far less than the ES module loader spends on the
// full CLI's chunks (resolving, reading and linking each). Only plain flags run here, without yargs; for any
// other `staged` command line (help, unusual spellings, mistakes) the launcher runs the full CLI, which parses
// it as ever.
import { runCommandLine } from './command-line.js';
import { plainStagedFlags, runStaged } from './commands/staged-run.js';

/**
 * Runs `keylint staged …` (`args` without node and script, `staged` first) when its flags are plain; resolves
 * to the exit code. Undefined, having done nothing, for any other command line.
 */
export function runPlainStaged(args: string[]): Promise<number> | undefined {
  const flags = plainStagedFlags(args.slice(1));
  return flags && runCommandLine(args, () => runStaged(flags));
}
