// `keylint report <report.json>`: renders a saved JSON report in another format (an HTML audit page by default).
import { UsageError } from '../errors.js';
import { redact } from '../redact.js';
import { type Format, REPORTERS } from '../report/index.js';
import { readReport } from '../report/read.js';
import type { Report } from '../types.js';
import { writeFileAtomic } from '../write-file.js';
import { defineCommand } from './command.js';

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
    const report = redactSaved(readReport(argv.report));
    const text = REPORTERS[argv.format as Format](report, {
      color: !argv.output && process.stdout.isTTY === true && !process.env.NO_COLOR,
    });
    if (argv.output) writeFileAtomic(argv.output, text);
    else process.stdout.write(text);
    return 0;
  },
});

/** Re-redacts any secret saved with --show-secrets, since rendered reports get shared. */
function redactSaved(report: Report): Report {
  // A redacted secret holds an ellipsis; a keyless finding (a usage lint) has none to redact.
  const full = (secret: unknown) => typeof secret === 'string' && secret !== '' && !secret.includes('…');
  return {
    ...report,
    findings: report.findings.map((f) => ({ ...f, secret: full(f.secret) ? redact(f.secret) : f.secret })),
  };
}
