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

const INTERRUPTED = 'scan interrupted: partial results';

/** A first SIGINT aborts the scan (partial results follow); a second one exits at once, like a shell would. */
function onInterrupt(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const handler = (): void => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  };
  process.on('SIGINT', handler);
  return { signal: controller.signal, dispose: () => process.off('SIGINT', handler) };
}

/** The `scan` command. */
export const scanCommand: CommandModule<object, ScanFlags> = {
  command: 'scan [paths..]',
  describe: 'Scan files and directories (default: the current directory)',
  builder: (yargs) =>
    withValidationFlags(withOutputFlags(yargs))
      .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files or directories to scan' })
      .option('ignore', {
        type: 'boolean',
        default: true,
        describe: 'Honour .gitignore files (--no-ignore scans everything)',
      })
      .option('baseline', {
        type: 'string',
        describe: 'Report only findings not in this baseline file (see keylint baseline)',
      }) as never,
  handler: async (argv) => {
    const format = parseFormat(argv.format, process.stdout, argv.output);
    const { scanPaths, scanBase } = await import('../scan/paths.js');
    const progress = progressLine();
    const interrupt = onInterrupt();
    const { result, config, ruleSet } = await scanPaths({
      paths: argv.paths,
      cwd: process.cwd(),
      configFile: argv.config,
      useGitignore: argv.ignore,
      onProgress: progress.update,
      signal: interrupt.signal,
    }).finally(() => {
      // After an interrupt the handler stays: a second Ctrl-C while the partial report is written exits at once.
      if (!interrupt.signal.aborted) interrupt.dispose();
    });
    progress.done();
    if (interrupt.signal.aborted) {
      // What was found so far is worth reporting; nothing further (baseline, validation) is run.
      result.report.notes.push({ file: 'keylint', reason: INTERRUPTED });
      process.stderr.write(`keylint: ${INTERRUPTED}\n`);
      await emitReport(result, {
        format,
        output: argv.output,
        showSecrets: argv['show-secrets'],
        failOn: 'low',
        rules: ruleSet.rules,
      });
      setExitCode(130);
      return;
    }
    if (argv.baseline) {
      const { applyBaseline, readBaseline } = await import('../filters/baseline.js');
      result.report = applyBaseline(
        result.report,
        readBaseline(argv.baseline),
        argv.baseline,
        new Date().toISOString().slice(0, 10),
      ).report;
    }
    // Only what the baseline lets through is worth a request to a vendor.
    if (argv.validate || argv['fail-on-live']) await validateResult(result, argv, scanBase(argv.paths, process.cwd()));
    const failOn = parseSeverity(argv['fail-on'], config.failOn);
    const code = await emitReport(result, {
      format,
      output: argv.output,
      showSecrets: argv['show-secrets'],
      failOn,
      failOnUsage: argv['fail-on-usage'],
      rules: ruleSet.rules,
    });
    setExitCode(argv['fail-on-live'] ? liveExitCode(result.report) : code);
  },
};
