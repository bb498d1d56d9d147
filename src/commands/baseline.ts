// `keylint baseline [paths…]`: accept today's findings so that only new ones fail `scan --baseline`.
import fs from 'node:fs';
import { writeFileAtomic } from '../write-file.js';
import { defineCommand } from './command.js';
import { progressLine } from './output.js';

/** The `baseline` command. */
export const baselineCommand = defineCommand({
  command: 'baseline [paths..]',
  describe: 'Write a baseline of current findings (fingerprints and redacted context, never secrets)',
  builder: (yargs) =>
    yargs
      .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files or directories to scan' })
      .option('output', {
        alias: 'o',
        type: 'string',
        default: '.keylint-baseline.json',
        describe: 'Baseline file to write (reasons and expiries already in it are kept)',
      })
      .option('config', {
        alias: 'c',
        type: 'string',
        describe: 'Config file (default: .keylint.json in the working directory)',
      })
      .option('ignore', {
        type: 'boolean',
        default: true,
        describe: 'Honour .gitignore files (--no-ignore scans everything)',
      }),
  run: async (argv) => {
    const { runScan } = await import('../scan/pipeline.js');
    const { readBaseline, renderBaseline } = await import('../filters/baseline.js');
    // Only a regular file can hold earlier entries: an output such as /dev/null or a FIFO is written, not read.
    const existing = fs.statSync(argv.output, { throwIfNoEntry: false })?.isFile() === true;
    const previous = existing ? readBaseline(argv.output) : [];
    const progress = progressLine();
    const target = { kind: 'tree', paths: argv.paths, cwd: process.cwd(), useGitignore: argv.ignore } as const;
    const { result } = await runScan(target, { configFile: argv.config, onProgress: progress.update });
    progress.done();
    const text = renderBaseline(result.report, previous);
    const count = (JSON.parse(text) as { entries: unknown[] }).entries.length;
    if (!existing || fs.readFileSync(argv.output, 'utf8') !== text) writeFileAtomic(argv.output, text);
    process.stderr.write(`keylint: ${count} baseline entr${count === 1 ? 'y' : 'ies'} in ${argv.output}\n`);
    return 0;
  },
});
