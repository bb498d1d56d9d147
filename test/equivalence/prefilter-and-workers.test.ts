// The speed work changes nothing found: prefilter and windows (with and without its second stage), worker threads
// and the exhaustive reference (every pattern over every whole file) give identical findings on the shared corpus.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanSource, type ScanRunOptions } from '../../src/scan/run.js';
import { fileSource } from '../../src/sources/files.js';
import { tempDir } from '../helpers/cli.js';
import { builtinRules } from '../helpers/scan.js';

const MAKE_CORPUS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'shared',
  'bench',
  'make-corpus.mjs',
);
const available = fs.existsSync(MAKE_CORPUS);
if (!available && process.env.CI)
  throw new Error(`${MAKE_CORPUS} is missing: CI runs with shared/ beside the repository`);

describe.skipIf(!available)('speed work keeps findings identical', () => {
  let root: string;
  let cleanup: () => void;
  let planted: Array<{ file: string; line: number; ruleId: string }>;

  beforeAll(() => {
    ({ dir: root, cleanup } = tempDir());
    const made = spawnSync(process.execPath, [MAKE_CORPUS, '12', path.join(root, 'corpus')], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    planted = JSON.parse(fs.readFileSync(path.join(root, 'corpus.planted.json'), 'utf8')).planted;
  });
  afterAll(() => cleanup());

  const scan = async (options: ScanRunOptions) => {
    const corpus = path.join(root, 'corpus');
    const { report } = await scanSource(
      fileSource({ paths: [corpus], base: corpus, useGitignore: true }),
      builtinRules(),
      options,
    );
    return { findings: report.findings, notes: report.notes, files: report.stats.files, bytes: report.stats.bytes };
  };

  it('finds every planted key, and the same findings in every mode', async () => {
    const fast = await scan({});
    expect(planted.length).toBeGreaterThan(0);
    const found = new Set(
      fast.findings.filter((f) => f.kind === 'secret').map((f) => `${f.ruleId} ${f.file}:${f.line}`),
    );
    expect(planted.filter((p) => !found.has(`${p.ruleId} ${p.file}:${p.line}`))).toEqual([]);
    expect(await scan({ workers: 2 })).toEqual(fast);
    expect(await scan({ exhaustive: true })).toEqual(fast);
    // The prefilter's second stage starts once a scan proves large: both sides of that switch find the same.
    expect(await scan({ gating: 'always' })).toEqual(fast);
    expect(await scan({ gating: 'never' })).toEqual(fast);
  });
});
