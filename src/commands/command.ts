// A command: its yargs definition and a run that resolves to the exit code. The CLI registers each one and
// returns the code of the one that ran; flags' types come from the builder, so no command casts them.
import type { ArgumentsCamelCase, Argv } from 'yargs';

/** Flags the CLI declares once for every command (cli.ts), beside each command's own. */
export interface GlobalFlags {
  color?: boolean;
  debug?: boolean;
}

/** What a command module declares. */
export interface CommandSpec<F> {
  command: string;
  describe: string;
  builder: (yargs: Argv) => Argv<F>;
  /** Runs the command; resolves to its exit code (0 clean, 1 findings; errors throw and become 2). */
  run: (argv: ArgumentsCamelCase<F & GlobalFlags>) => Promise<number>;
}

/** A command ready for the CLI: registering it on a parser, and telling the CLI its exit code when it ran. */
export interface Command {
  register(parser: Argv, done: (code: number) => void): Argv;
}

/** Wraps a spec; the flags' type stays inside, where the builder and the run agree on it. */
export function defineCommand<F>(spec: CommandSpec<F>): Command {
  return {
    register: (parser, done) =>
      parser.command(spec.command, spec.describe, spec.builder, async (argv) =>
        // The global flags are declared on the parser itself, after the commands (cli.ts).
        done(await spec.run(argv as ArgumentsCamelCase<F & GlobalFlags>)),
      ),
  };
}
