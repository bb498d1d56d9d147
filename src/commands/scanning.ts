// What the scanning commands (scan, git, staged, diff) share: one set of flags, and one flow from the
// pipeline through validation to the report and the exit code.
import fs from 'node:fs';
import path from 'node:path';
import type { Argv } from 'yargs';
import { UsageError } from '../errors.js';
import { repositoryRoot } from '../repository-root.js';
import type { RunScanOptions, ScanOutcome, ScanTarget } from '../scan/pipeline.js';
import type { Report } from '../types.js';
import type { GlobalFlags } from './command.js';
import { emitReport, type OutputFlags, parseFormat, parseSeverity, progressLine, withOutputFlags } from './output.js';
import { liveExitCode, type ValidationFlags, validateOutcome, withValidationFlags } from './validation-flags.js';

/** Flags every scanning command has; `root` is scan's own (see rootRelative). */
export type ScanningFlags = OutputFlags &
  ValidationFlags &
  Pick<GlobalFlags, 'color'> & { baseline?: string; root?: string };

const INTERRUPTED = 'scan interrupted: partial results';

/** Adds the scanning flags to a command: output, baseline, validation. */
export function withScanningFlags<T>(yargs: Argv<T>): Argv<T & ScanningFlags> {
  return withValidationFlags(withOutputFlags(yargs)).option('baseline', {
    type: 'string',
    describe: 'Report only findings not in this baseline file (see keylint baseline)',
  });
}

/** `--trusted-base`, for the commands that check a whole tree or history (scan, git). */
export function withTrustedBase<T>(yargs: Argv<T>): Argv<T & { 'trusted-base'?: string }> {
  return yargs.option('trusted-base', {
    type: 'string',
    describe:
      "Take config, custom rules and baseline from this commit (the branch's base), not from the checkout, " +
      'and report what the commits since loosen (scan-weakened)',
  });
}

/**
 * Runs the pipeline over `target`, validates when asked, writes the report, and resolves to the exit code:
 * 1 for a finding at or above --fail-on (the config's failOn, else low), or with --fail-on-live for a live
 * key only; 130 after an interrupt, with what was found so far.
 */
export async function scanAndReport(target: ScanTarget, flags: ScanningFlags): Promise<number> {
  const format = parseFormat(flags.format);
  if (flags.root !== undefined) checkRoot(flags.root);
  // Caught before anything reads the scanned folder, so that a Ctrl-C at any moment of the scan gives its partial report.
  const interrupt = onInterrupt();
  const { runScan } = await import('../scan/pipeline.js');
  const progress = progressLine();
  const options: RunScanOptions = {
    configFile: flags.config,
    baseline: flags.baseline,
    onProgress: progress.update,
    signal: interrupt.signal,
  };
  const outcome: ScanOutcome = await runScan(target, options).finally(() => {
    // After an interrupt the handler stays: a second Ctrl-C while the partial report is written exits at once.
    if (!interrupt.signal.aborted) interrupt.dispose();
  });
  progress.done();
  const { result, config, ruleSet } = outcome;
  const emit = (failOn = parseSeverity(flags['fail-on'], config.failOn)) =>
    emitReport(result, {
      format,
      output: flags.output,
      showSecrets: flags['show-secrets'],
      failOn,
      failOnUsage: flags['fail-on-usage'],
      rules: ruleSet.rules,
      color: flags.color,
    });
  if (interrupt.signal.aborted) {
    // What was found so far is worth reporting; nothing further (baseline, validation) is run.
    result.report.notes.push({ file: 'keylint', reason: INTERRUPTED });
    process.stderr.write(`keylint: ${INTERRUPTED}\n`);
    await emit('low');
    return 130;
  }
  // Only what the filters let through is worth a request to a vendor.
  if (flags.validate || flags['fail-on-live']) await validateOutcome(outcome, flags);
  if (target.kind === 'tree' && (format === 'sarif' || format === 'github')) {
    const { scanBase } = await import('../scan/paths.js');
    result.report = rootRelative(result.report, scanBase(target.paths, target.cwd), flags.root);
  }
  const code = await emit();
  return flags['fail-on-live'] ? liveExitCode(result.report) : code;
}

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

/**
 * `--root` must be a folder: a mistyped one would give every sarif and github path a `../` prefix that code
 * scanning cannot place, and the scan would look fine.
 */
function checkRoot(root: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = fs.statSync(root).isDirectory();
  } catch {
    throw new UsageError(`--root ${root}: no such directory`);
  }
  if (!isDirectory) throw new UsageError(`--root ${root}: not a directory`);
}

/**
 * Code scanning and workflow annotations resolve paths from the repository root (or `--root`): a scan of `src/`
 * reports `src/a.ts` there, not `a.ts`. Human and JSON output keep paths relative to the folder scanned.
 */
function rootRelative(report: Report, base: string, root: string | undefined): Report {
  const prefix = path
    .relative(root ? path.resolve(root) : (repositoryRoot(base) ?? base), base)
    .split(path.sep)
    .join('/');
  if (prefix === '') return report;
  const findings = report.findings.map((f) => ({ ...f, file: `${prefix}/${f.file}` }));
  return { ...report, findings, notes: report.notes.map((n) => ({ ...n, file: `${prefix}/${n.file}` })) };
}
