// `keylint report <report.json>`: renders a saved JSON report in another format (an HTML audit page by default).
import { UsageError } from '../errors.js';
import { type Format, REPORTERS } from '../report/index.js';
import { readReport } from '../report/read.js';
import { writeFileAtomic } from '../write-file.js';
import { defineCommand } from './command.js';
import { colorWanted } from './output.js';

/** The `report` command. */
export const reportCommand = defineCommand({
  command: 'report <report>',
  describe: 'Render a keylint JSON report in another format, e.g. a self-contained HTML page',
  builder: (yargs) =>
    yargs
      .positional('report', { type: 'string', demandOption: true, describe: 'A report written by --format json' })
      .option('format', {
        alias: 'f',
        type: 'string',
        default: 'html',
        describe: `Output format: ${Object.keys(REPORTERS).join(', ')}`,
      })
      .option('output', { alias: 'o', type: 'string', describe: 'Write to this file instead of stdout' }),
  run: async (argv) => {
    if (!Object.hasOwn(REPORTERS, argv.format))
      throw new UsageError(`unknown --format "${argv.format}" (use ${Object.keys(REPORTERS).join(', ')})`);
    const report = readReport(argv.report);
    const format = argv.format as Format;
    const text = REPORTERS[format](report, {
      color: format === 'human' && (await colorWanted(argv.color, argv.output)),
    });
    if (argv.output) writeFileAtomic(argv.output, text);
    else process.stdout.write(text);
    return 0;
  },
});
