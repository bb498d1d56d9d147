// `keylint scan [paths…]`: the working tree.
import type { CommandModule } from 'yargs';
import { emitReport, parseFormat, parseSeverity, progressLine, withOutputFlags, type OutputFlags } from './output.js';
import { setExitCode } from './exit.js';
import { liveExitCode, validateResult, withValidationFlags, type ValidationFlags } from './validation-flags.js';

interface ScanFlags extends OutputFlags, ValidationFlags {
  paths: string[];
  ignore: boolean;
  baseline?: string;
}

/** The `scan` command. */
export const scanCommand: CommandModule<object, ScanFlags> = {
  command: 'scan [paths..]',
  describe: 'Scan files and directories (default: the current directory)',
  builder: (yargs) =>
    withValidationFlags(withOutputFlags(yargs))
      .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files or directories to scan' })
      .option('ignore', { type: 'boolean', default: true, describe: 'Honour .gitignore files (--no-ignore scans everything)' })
      .option('baseline', { type: 'string', describe: 'Report only findings not in this baseline file (see keylint baseline)' }) as never,
  handler: async (argv) => {
    const format = parseFormat(argv.format, process.stdout, argv.output);
    const { scanPaths, scanBase } = await import('../scan-paths.js');
    const progress = progressLine();
    const { result, config, ruleSet } = await scanPaths({
      paths: argv.paths,
      cwd: process.cwd(),
      configFile: argv.config,
      useGitignore: argv.ignore,
      onProgress: progress.update,
    });
    progress.done();
    if (argv.baseline) {
      const { applyBaseline, readBaseline } = await import('../baseline.js');
      result.report = applyBaseline(result.report, readBaseline(argv.baseline), argv.baseline, new Date().toISOString().slice(0, 10)).report;
    }
    // Only what the baseline lets through is worth a request to a vendor.
    if (argv.validate || argv['fail-on-live']) await validateResult(result, argv, scanBase(argv.paths, process.cwd()));
    const failOn = parseSeverity(argv['fail-on'], config.failOn);
    const code = emitReport(result, { format, output: argv.output, showSecrets: argv['show-secrets'], failOn, failOnUsage: argv['fail-on-usage'], rules: ruleSet.rules });
    setExitCode(argv['fail-on-live'] ? liveExitCode(result.report) : code);
  },
};
