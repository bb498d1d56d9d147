// `keylint revoke [paths…] | --report r.json`: a revocation ticket per live key; `--verify` re-checks and
// says which keys are now dead; a configured revoke endpoint is called only with `--yes`.
import path from 'node:path';
import type { CommandModule } from 'yargs';
import { UsageError } from '../errors.js';
import { setExitCode } from './exit.js';
import { isLive } from '../validate/runner.js';
import { validateResult, withCheckFlags, type CheckFlags } from './validation-flags.js';

interface RevokeFlags extends CheckFlags {
  paths: string[];
  report?: string;
  root: string;
  verify: boolean;
  yes: boolean;
  format: string;
  config?: string;
}

/** The `revoke` command. */
export const revokeCommand: CommandModule<object, RevokeFlags> = {
  command: 'revoke [paths..]',
  describe: 'Validate found keys and print a revocation ticket per live key (exit 1 while one is live)',
  builder: (yargs) =>
    withCheckFlags(yargs)
      .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files or directories to scan' })
      .option('report', { type: 'string', describe: 'Use a keylint JSON report instead of scanning paths' })
      .option('root', { type: 'string', default: '.', describe: 'Directory the report paths are relative to' })
      .option('verify', { type: 'boolean', default: false, describe: 'Re-validate and report which keys are now dead' })
      .option('yes', {
        type: 'boolean',
        default: false,
        describe: 'Call the revoke endpoints declared in the config (never by default)',
      })
      .option('format', { alias: 'f', type: 'string', default: 'human', describe: 'human or json' })
      .option('config', {
        alias: 'c',
        type: 'string',
        describe: 'Config file (may declare "revoke" endpoints)',
      }) as never,
  handler: async (argv) => {
    if (argv.format !== 'human' && argv.format !== 'json')
      throw new UsageError(`unknown --format "${argv.format}" for revoke (use human or json)`);
    const { loadConfig } = await import('../config.js');
    const { scanPaths, scanBase } = await import('../scan/paths.js');
    const { loadReportWithSecrets } = await import('../validate/inputs.js');
    const { callRevokeEndpoints, renderTickets, ticketsFor } = await import('../validate/revoke.js');
    const root = argv.report ? path.resolve(argv.root) : scanBase(argv.paths, process.cwd());
    const result = argv.report
      ? await loadReportWithSecrets(argv.report, root, argv.config)
      : (await scanPaths({ paths: argv.paths, cwd: process.cwd(), configFile: argv.config })).result;
    await validateResult(result, argv, root);
    const endpoints = loadConfig(argv.config, process.cwd()).revoke ?? {};
    if (argv.yes && Object.keys(endpoints).length > 0) {
      for (const line of await callRevokeEndpoints(result.report.findings, result.secrets, endpoints, {
        timeoutMs: argv['validation-timeout'],
      }))
        process.stderr.write(`${line}\n`);
      await validateResult(result, argv, root);
    }
    const tickets = ticketsFor(result.report.findings, result.secrets);
    process.stdout.write(
      argv.format === 'json'
        ? `${JSON.stringify({ version: 1, tickets }, null, 2)}\n`
        : renderTickets(tickets, argv.verify),
    );
    setExitCode(tickets.some((t) => isLive(t.status)) ? 1 : 0);
  },
};
