// `keylint merge a.json b.json …`: one report from shard (or any JSON) reports.
import fs from 'node:fs';
import type { CommandModule } from 'yargs';
import { UsageError } from '../errors.js';
import type { Report } from '../types.js';
import { setExitCode } from './exit.js';
import { emitReport, parseFormat, parseSeverity, withOutputFlags, type OutputFlags } from './output.js';

interface MergeFlags extends OutputFlags {
  reports: string[];
}

/** The `merge` command. */
export const mergeCommand: CommandModule<object, MergeFlags> = {
  command: 'merge <reports..>',
  describe: 'Merge JSON reports (e.g. audit shards): dedupe findings, stable order, summed stats',
  builder: (yargs) =>
    withOutputFlags(yargs).positional('reports', {
      type: 'string',
      array: true,
      describe: 'JSON reports to merge',
    }) as never,
  handler: async (argv) => {
    const format = parseFormat(argv.format, process.stdout, argv.output);
    const failOn = parseSeverity(argv['fail-on']);
    const { mergeReports } = await import('../audit/merge-reports.js');
    const report = mergeReports(argv.reports.map(readReport));
    setExitCode(
      await emitReport({ report, secrets: new Map() }, { format, output: argv.output, showSecrets: false, failOn }),
    );
  },
};

/** Reads one JSON report; anything else is a UsageError naming the file. */
function readReport(file: string): Report {
  let parsed: Report;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Report;
  } catch (error) {
    throw new UsageError(
      `${file}: not a readable JSON report (${(error as NodeJS.ErrnoException).code ?? 'invalid JSON'})`,
    );
  }
  if (
    parsed?.version !== 1 ||
    !Array.isArray(parsed.findings) ||
    !Array.isArray(parsed.notes) ||
    typeof parsed.stats !== 'object'
  ) {
    throw new UsageError(`${file}: not a keylint JSON report (version 1 with findings, stats and notes)`);
  }
  return parsed;
}
