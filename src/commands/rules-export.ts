// `keylint rules export --to gitleaks|github`: the secret rules in other scanners' formats.
import { defineCommand } from './command.js';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../write-file.js';

/** The `rules export` subcommand. */
export const rulesExportCommand = defineCommand({
  command: 'export',
  describe: 'Export the secret rules as a gitleaks config or GitHub secret-scanning custom patterns',
  builder: (yargs) =>
    yargs
      .option('to', { type: 'string', demandOption: true, choices: ['gitleaks', 'github'], describe: 'Target scanner' })
      .option('format', { alias: 'f', type: 'string', default: 'json', describe: 'For --to github: json or markdown' })
      .option('output', { alias: 'o', type: 'string', describe: 'Write to this file instead of stdout' })
      .option('config', { alias: 'c', type: 'string', describe: 'Config file with extra rules' }),
  run: async (argv) => {
    const { loadConfig, rulesFromConfig } = await import('../config.js');
    const { toGitleaks, toGithubPatterns } = await import('../rules-export.js');
    if (argv.format !== 'json' && argv.format !== 'markdown')
      throw new UsageError(`unknown --format "${argv.format}" for rules export (use json or markdown)`);
    const ruleSet = rulesFromConfig(loadConfig(argv.config, process.cwd()));
    const text = argv.to === 'gitleaks' ? toGitleaks(ruleSet) : toGithubPatterns(ruleSet, argv.format);
    if (argv.output) writeFileAtomic(argv.output, text);
    else process.stdout.write(text);
    return 0;
  },
});
