// What both entries of the CLI (the full one in dist/cli.js, the pre-commit one in dist/staged.cjs) do around a
// command: errors become one line on stderr and exit code 2, with the stack only under --debug.
import { isKnownError } from './errors.js';
import { printable } from './report/printable.js';

/** Runs the command `args` name; resolves to its exit code, or to 2 after one line on stderr when it throws. */
export async function runCommandLine(args: string[], run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (args.includes('--debug') && error instanceof Error) process.stderr.write(`${debugStack(error)}\n`);
    const message = error instanceof Error ? error.message : String(error);
    // Messages name paths, refs and fields that a repository or a report chose: escaped, a line break in one cannot
    // start a line of its own (a runner reads `::add-mask::` or `::error::` on stderr too) nor drive the terminal.
    const line = isKnownError(error) ? message : `unexpected error: ${message.split('\n')[0]}`;
    process.stderr.write(`keylint: ${printable(line)}\n`);
    return 2;
  }
}

/** The stack under --debug: its frames are keylint's own, its message is escaped as the error line is. */
function debugStack(error: Error): string {
  const stack = error.stack ?? '';
  const at = stack.indexOf(error.message);
  const frames = at < 0 ? '' : stack.slice(at + error.message.length);
  return `${error.name}: ${printable(error.message)}${frames}`;
}
