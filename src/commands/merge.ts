// `keylint merge a.json b.json …`: one report from shard (or any JSON) reports.
import { defineCommand } from './command.js';
import { readReport } from '../report/read.js';
import { emitSavedReport, parseFormat, parseSeverity, withOutputFlags } from './output.js';

/** The `merge` command. */
export const mergeCommand = defineCommand({
  command: 'merge <reports..>',
  describe: 'Merge JSON reports (e.g. audit shards): dedupe findings, stable order, summed stats',
  builder: (yargs) =>
    withOutputFlags(yargs).positional('reports', {
      type: 'string',
      array: true,
      demandOption: true,
      describe: 'JSON reports to merge',
    }),
  run: async (argv) => {
    const format = parseFormat(argv.format);
    const failOn = parseSeverity(argv['fail-on']);
    const { mergeReports } = await import('../audit/merge-reports.js');
    const report = mergeReports(argv.reports.map(readReport));
    return emitSavedReport(report, { format, output: argv.output, failOn, color: argv.color });
  },
});
