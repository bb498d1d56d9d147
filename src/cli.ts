// Maps the command line to commands and their exit code: 0 clean, 1 findings, 2 usage or runtime error.
// Commands load lazily: a command line loads yargs and only the command it names. (`keylint staged` with plain
// flags never gets here: the launcher runs it from its own bundle without yargs, see staged-cli.ts.)
import fs from 'node:fs';
import { runCommandLine } from './command-line.js';
import type { Command } from './commands/command.js';
import { UsageError } from './errors.js';
import { nearestName } from './nearest-name.js';
import { packageVersion } from './package-root.js';

/** Every command's module by name, in the order the help lists them. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  scan: async () => (await import('./commands/scan.js')).scanCommand,
  rules: async () => (await import('./commands/rules.js')).rulesCommand,
  baseline: async () => (await import('./commands/baseline.js')).baselineCommand,
  report: async () => (await import('./commands/report.js')).reportCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  revoke: async () => (await import('./commands/revoke.js')).revokeCommand,
  audit: async () => (await import('./commands/audit.js')).auditCommand,
  merge: async () => (await import('./commands/merge.js')).mergeCommand,
  git: async () => (await import('./commands/git.js')).gitCommand,
  staged: async () => (await import('./commands/staged.js')).stagedCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  'install-hook': async () => (await import('./commands/install-hook.js')).installHookCommand,
};

/** Runs keylint with `args` (without node and script); resolves to the exit code. */
export function main(args: string[]): Promise<number> {
  return runCommandLine(args, async () => {
    // A scan of a folder wants detection workers: started now, they load while yargs does.
    if (scansFolder(args)) (await import('./detect/pool.js')).prestartWorkers();
    return parseWithYargs(args);
  });
}

/**
 * Whether `args` are a scan of a folder: its operands name one, or none (the current folder). A guess from the
 * raw words (an option's value may pass for an operand) that only decides whether workers start early: a scan
 * of a few files is over before workers would have loaded, and starting them would only slow it.
 */
function scansFolder(args: string[]): boolean {
  if (args[0] !== 'scan' || args.includes('--help')) return false;
  const operands = args.slice(1).filter((word) => !word.startsWith('-'));
  return operands.length === 0 || operands.some(isDirectory);
}

function isDirectory(word: string): boolean {
  try {
    return fs.statSync(word).isDirectory();
  } catch {
    // Not a path that can be read: the scan itself reports it.
    return false;
  }
}

/**
 * The full command line through yargs: with the one command `args` names, or all of them (help, typos).
 * Resolves to the exit code of the command that ran (0 when none did: help, version).
 */
async function parseWithYargs(args: string[]): Promise<number> {
  const named = args[0] !== undefined && Object.hasOwn(COMMANDS, args[0]) ? [args[0]] : Object.keys(COMMANDS);
  const [{ default: yargs }, ...commands] = await Promise.all([
    import('yargs'),
    ...named.map((name) => COMMANDS[name]!()),
  ]);
  let parser = yargs(args).scriptName('keylint').usage('$0 <command> [options]');
  let code = 0;
  for (const command of commands) parser = command.register(parser, (ran) => (code = ran));
  skipHelpCache(parser);
  await parser
    .option('debug', { type: 'boolean', describe: 'Print stack traces of errors' })
    // Given, it wins over NO_COLOR and FORCE_COLOR; else picocolors decides (commands/output.ts colorWanted).
    .option('color', {
      type: 'boolean',
      describe: 'Colour the human output, --no-color not (default: a colour terminal, FORCE_COLOR, not NO_COLOR)',
    })
    .demandCommand(1, 'Name a command, e.g. keylint scan .')
    .strict()
    .recommendCommands()
    .exitProcess(false)
    .fail((message, error, usage) => {
      // yargs' suggestion for a mistyped command comes alone; say what was not understood too.
      if (!error && message?.startsWith('Did you mean')) {
        throw new UsageError(`unknown command "${args[0]}"; d${message.slice(1)}`);
      }
      throw error ?? new UsageError(withOptionSuggestion(message, args, optionNames(usage)));
    })
    .help()
    .alias('h', 'help')
    .version(packageVersion())
    .wrap(Math.min(110, process.stdout.columns || 110))
    .parseAsync();
  return code;
}

/**
 * yargs' "Unknown argument: formt" as "unknown option --formt; did you mean --format?" when one of the command's
 * options is near the first unknown one and the user wrote it as an option (`--formt`, `--formt=json`), in the
 * words of a mistyped command; otherwise yargs' message.
 */
function withOptionSuggestion(message: string, args: string[], options: string[]): string {
  const unknown = /^Unknown arguments?: ([^,]+)/.exec(message)?.[1];
  const written = (arg: string) => arg.replace(/^--?/, '').split('=')[0] === unknown && arg.startsWith('-');
  if (unknown === undefined || !args.some(written)) return message;
  const near = nearestName(unknown, options);
  return near === undefined ? message : `unknown option --${unknown}; did you mean --${near}?`;
}

/**
 * The options of the command that failed, from the object yargs hands its fail handler: at run time its usage
 * instance (typed as the parser), whose descriptions are keyed by option name; none when this yargs has no such.
 */
function optionNames(usage: unknown): string[] {
  const described = (usage as { getDescriptions?: () => Record<string, unknown> }).getDescriptions;
  return typeof described === 'function' ? Object.keys(described.call(usage)) : [];
}

/**
 * yargs renders a command's whole help as it starts the command's handler, to have it ready should the
 * handler fail later: 60-75 ms of every run here. keylint reports failures in one line of its own and
 * renders help only for --help, so that rendering is skipped (when this yargs has the hook at all).
 */
function skipHelpCache(parser: object): void {
  const internal = (
    parser as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }
  ).getInternalMethods?.();
  const usage = internal?.getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}
