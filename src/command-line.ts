// What both entries of the CLI (the full one in dist/cli.js, the pre-commit one in dist/staged.cjs) do around a
// command: errors become one line on stderr and exit code 2, with the stack only under --debug.
import { isKnownError } from './errors.js';

/** Runs the command `args` name; resolves to its exit code, or to 2 after one line on stderr when it throws. */
export async function runCommandLine(args: string[], run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (args.includes('--debug') && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`keylint: ${isKnownError(error) ? message : `unexpected error: ${message.split('\n')[0]}`}\n`);
    return 2;
  }
}
