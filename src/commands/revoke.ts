// `keylint revoke [paths…] | --report r.json`: a revocation ticket per live key; `--verify` re-checks and
// says which keys are now dead; a configured revoke endpoint is called only with `--yes`.
import path from 'node:path';
import { UsageError } from '../errors.js';
import { isLive } from '../types.js';
import { defineCommand } from './command.js';
import { validateOutcome, withCheckFlags } from './validation-flags.js';

/** The `revoke` command. */
export const revokeCommand = defineCommand({
  command: 'revoke [paths..]',
  describe:
    'Validate found keys and print a revocation ticket per live key (exit 1 while one is live, or with --verify unknown)',
  builder: (yargs) =>
    withCheckFlags(yargs)
      .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files or directories to scan' })
      .option('report', { type: 'string', describe: 'Use a keylint JSON report instead of scanning paths' })
      .option('root', { type: 'string', default: '.', describe: 'Directory the report paths are relative to' })
      .option('verify', {
        type: 'boolean',
        default: false,
        describe: 'Re-validate and report which keys are now dead (with --report, which of its live keys)',
      })
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
      }),
  run: async (argv) => {
    if (argv.format !== 'human' && argv.format !== 'json')
      throw new UsageError(`unknown --format "${argv.format}" for revoke (use human or json)`);
    const { loadConfig } = await import('../config.js');
    const { runScan } = await import('../scan/pipeline.js');
    const { loadReportWithSecrets } = await import('../validate/inputs.js');
    const { callRevokeEndpoints, renderTickets, ticketsFor } = await import('../validate/revoke.js');
    const outcome = argv.report
      ? await loadReportWithSecrets(argv.report, path.resolve(argv.root), argv.config)
      : await runScan({ kind: 'tree', paths: argv.paths, cwd: process.cwd() }, { configFile: argv.config });
    const { report, secrets } = outcome.result;
    // What a validated report said before: a key counts as revoked only if it was live then.
    const before = statuses(report.findings);
    await validateOutcome(outcome, argv);
    const endpoints = loadConfig(argv.config, process.cwd()).revoke ?? {};
    if (argv.yes && Object.keys(endpoints).length > 0) {
      for (const [fingerprint, status] of statuses(report.findings)) before.set(fingerprint, status);
      const options = { timeoutMs: argv['validation-timeout'] };
      for (const line of await callRevokeEndpoints(report.findings, secrets, endpoints, options))
        process.stderr.write(`${line}\n`);
      await validateOutcome(outcome, argv);
    }
    const tickets = ticketsFor(report.findings, secrets, before);
    process.stdout.write(
      argv.format === 'json'
        ? `${JSON.stringify({ version: 1, tickets }, null, 2)}\n`
        : renderTickets(tickets, argv.verify),
    );
    // Verifying is done only when every key has answered: a timeout or a rate limit is not a dead key.
    const open = (status: string) => isLive(status) || (argv.verify && status === 'unknown');
    return tickets.some((t) => open(t.status)) ? 1 : 0;
  },
});

function statuses(findings: Array<{ fingerprint: string; validation?: { status: string } }>): Map<string, string> {
  return new Map(findings.flatMap((f) => (f.validation ? [[f.fingerprint, f.validation.status] as const] : [])));
}
