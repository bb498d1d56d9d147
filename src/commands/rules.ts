// `keylint rules`: what keylint detects, from the rule files themselves.
import type { CommandModule } from 'yargs';
import { UsageError } from '../errors.js';
import { rulesExportCommand } from './rules-export.js';

interface RulesFlags {
  format: string;
  config?: string;
}

/** The `rules` command. */
export const rulesCommand: CommandModule<object, RulesFlags> = {
  command: 'rules',
  describe: 'List the rules (id, kind, vendor, severity, description)',
  builder: (yargs) =>
    yargs
      .command(rulesExportCommand)
      .option('format', { alias: 'f', type: 'string', default: 'human', describe: 'human or json' })
      .option('config', { alias: 'c', type: 'string', describe: 'Config file with extra rules' }) as never,
  handler: async (argv) => {
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
  },
};
