// `keylint report <report.json>`: renders a saved JSON report in another format (an HTML audit page by default).
import fs from 'node:fs';
import type { CommandModule } from 'yargs';
import { ConfigError, UsageError, describeSystemError } from '../errors.js';
import { redact } from '../redact.js';
import { REPORTERS, type Format } from '../report/index.js';
import type { Report } from '../types.js';
import { writeFileAtomic } from '../write-file.js';

interface ReportFlags {
  report: string;
  format: string;
  output?: string;
}

/** The `report` command. */
export const reportCommand: CommandModule<object, ReportFlags> = {
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
      .option('output', { alias: 'o', type: 'string', describe: 'Write to this file instead of stdout' }) as never,
  handler: (argv) => {
    if (!(argv.format in REPORTERS))
      throw new UsageError(`unknown --format "${argv.format}" (use ${Object.keys(REPORTERS).join(', ')})`);
    const report = readReport(argv.report);
    const text = REPORTERS[argv.format as Format](report, {
      color: !argv.output && process.stdout.isTTY === true && !process.env.NO_COLOR,
    });
    if (argv.output) writeFileAtomic(argv.output, text);
    else process.stdout.write(text);
  },
};

/** Reads and checks a saved JSON report; re-redacts any secret saved with --show-secrets, since rendered reports get shared. */
function readReport(file: string): Report {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(
      file,
      error instanceof SyntaxError
        ? 'not valid JSON (expected a report from --format json)'
        : describeSystemError(error),
    );
  }
  const report = parsed as Partial<Report> | null;
  if (!report || typeof report !== 'object' || report.version !== 1 || !Array.isArray(report.findings)) {
    throw new ConfigError(file, 'not a keylint report (expected "version": 1 and a "findings" array)');
  }
  return {
    version: 1,
    findings: report.findings.map((f) => ({
      ...f,
      secret: typeof f.secret === 'string' && !f.secret.includes('…') && f.secret !== '' ? redact(f.secret) : f.secret,
    })),
    stats: { files: 0, bytes: 0, durationMs: 0, ...report.stats },
    notes: Array.isArray(report.notes) ? report.notes : [],
  };
}
