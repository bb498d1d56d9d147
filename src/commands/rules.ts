// `keylint rules`: what keylint detects, from the rule files themselves.
import { UsageError } from '../errors.js';
import { defineCommand } from './command.js';
import { rulesExportCommand } from './rules-export.js';

/** The `rules` command. */
export const rulesCommand = defineCommand({
  command: 'rules',
  describe: 'List the rules (id, kind, vendor, severity, description)',
  builder: (yargs) =>
    // `rules export` succeeds (exit 0) or throws: the CLI's code stays 0 unless an error sets 2.
    rulesExportCommand
      .register(yargs, () => {})
      .option('format', { alias: 'f', type: 'string', default: 'human', describe: 'human or json' })
      .option('config', { alias: 'c', type: 'string', describe: 'Config file with extra rules' }),
  run: async (argv) => {
    const { loadConfig, rulesFromConfig } = await import('../config.js');
    const { rules } = rulesFromConfig(loadConfig(argv.config, process.cwd()));
    const rows = rules.map((r) => ({
      id: r.id,
      kind: r.kind,
      vendor: r.vendor,
      severity: r.severity,
      description: r.description,
    }));
    if (argv.format === 'json') process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else if (argv.format === 'human') {
      const width = Math.max(...rows.map((r) => r.id.length));
      for (const r of rows)
        process.stdout.write(
          `${r.id.padEnd(width)}  ${r.kind.padEnd(6)}  ${(r.vendor ?? '-').padEnd(8)}  ${r.severity.padEnd(8)}  ${r.description}\n`,
        );
    } else throw new UsageError(`unknown --format "${argv.format}" for rules (use human or json)`);
    return 0;
  },
});
