// Detection workers walk the working tree themselves: the same findings, notes and counts as the walk on
// the main thread, with .gitignore files at several depths, allowlisted paths, archives and binaries.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DetectorPool, WorkerFailure, prestartWorkers } from '../../src/detect/pool.js';
import { ruleSetFromRecipe } from '../../src/rules.js';
import { ITEMS_BEFORE_WORKERS, scanSource } from '../../src/scan/run.js';
import { fileSource } from '../../src/sources/files.js';
import { zipOf } from '../helpers/archive.js';
import { useTempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';
import { builtinRules } from '../helpers/scan.js';

const keys = fakeKeys(808);

describe('a working tree walked by detection workers', () => {
  const tempRoot = useTempDir();

  /** A tree with .gitignore files at two depths, an allowlisted folder, an archive, a binary and a symbolic link. */
  const makeTree = () => {
    const root = tempRoot();
    const files: Record<string, string | Buffer> = {
      '.gitignore': 'dist/\n*.log\n',
      'packages/a/.gitignore': 'generated/\n!keep.log\n',
      'packages/a/generated/secret.env': `MAXAI_API_KEY=${keys.maxProd()}\n`,
      'packages/a/keep.log': `MAXAI_API_KEY=${keys.maxProd()}\n`,
      'packages/a/drop.log': `MAXAI_API_KEY=${keys.maxProd()}\n`,
      'dist/bundle.js': `const k = "${keys.maxProd()}";\n`,
      'fixtures/allowed/k.env': `MAXAI_API_KEY=${keys.maxProd()}\n`,
      'deep/er/still/release.zip': zipOf([{ name: 'inner/.env', content: `MAXAI_API_KEY=${keys.maxDev()}\n` }]),
      'deep/blob.bin': Buffer.from([0, 1, 2, 0, 3, 4]),
    };
    // Enough files in enough folders that workers start and walk budgets of them.
    for (let d = 0; d < 30; d++) {
      for (let f = 0; f < 12; f++)
        files[`src/mod${d}/sub${f % 3}/file${f}.ts`] =
          f === 5 ? `export const k = '${keys.maxProd()}';\n` : `export const v${f} = ${d};\n`;
      // Archives in many folders: several workers hand them back at once.
      if (d % 5 === 0)
        files[`src/mod${d}/assets.zip`] = zipOf([{ name: 'config.env', content: `MAXAI_API_KEY=${keys.maxProd()}\n` }]);
    }
    writeTree(root, files);
    fs.symlinkSync('../src', path.join(root, 'deep', 'link'));
    const source = () =>
      fileSource({
        paths: [root],
        base: root,
        useGitignore: true,
        exclude: { globs: ['fixtures/allowed/**'], base: root },
      });
    expect(Object.keys(files).length).toBeGreaterThan(4 * ITEMS_BEFORE_WORKERS);
    return source;
  };

  it('finds, skips and notes exactly what the main-thread walk does', async () => {
    const source = makeTree();
    const here = await scanSource(source(), builtinRules(), { workers: 0 });
    const pooled = await scanSource(source(), builtinRules(), { workers: 2 });
    expect(pooled.report.findings).toEqual(here.report.findings);
    expect(pooled.report.notes).toEqual(here.report.notes);
    expect({ files: pooled.report.stats.files, bytes: pooled.report.stats.bytes }).toEqual({
      files: here.report.stats.files,
      bytes: here.report.stats.bytes,
    });

    const secretFiles = [...new Set(here.report.findings.filter((f) => f.kind === 'secret').map((f) => f.file))].sort();
    const archives = Array.from({ length: 6 }, (_, i) => `src/mod${i * 5}/assets.zip!config.env`);
    expect(secretFiles).toEqual(
      [
        ...Array.from({ length: 30 }, (_, d) => `src/mod${d}/sub2/file5.ts`),
        ...archives,
        'deep/er/still/release.zip!inner/.env',
        'packages/a/keep.log',
      ].sort(),
    );
    expect(here.report.notes).toEqual([{ file: 'deep/blob.bin', reason: 'binary file skipped' }]);
  });

  it('loses nothing when a worker dies: the directories it had are walked on the main thread', async () => {
    const source = makeTree();
    const here = await scanSource(source(), builtinRules(), { workers: 0 });
    const walkTask = DetectorPool.prototype.walkTask;
    let calls = 0;
    // Every other request fails the way a crashed worker's does.
    const failing = vi.spyOn(DetectorPool.prototype, 'walkTask').mockImplementation(function (
      this: DetectorPool,
      ...args
    ) {
      return ++calls % 2 === 1
        ? Promise.reject(new WorkerFailure('detection worker failed: test'))
        : walkTask.apply(this, args);
    });
    try {
      const pooled = await scanSource(source(), builtinRules(), { workers: 2 });
      expect(calls).toBeGreaterThan(2);
      expect(pooled.report.findings).toEqual(here.report.findings);
      expect(pooled.report.notes).toEqual(here.report.notes);
      expect(pooled.report.stats.files).toBe(here.report.stats.files);
    } finally {
      failing.mockRestore();
    }
  });

  it('takes workers started ahead of it, and they scan with the rules it sends them', async () => {
    const source = makeTree();
    // Without the prod-key rule: a worker that kept the built-in rules would still report those keys.
    const ruleSet = ruleSetFromRecipe({ extra: [], disabled: ['maxai-prod-key'] });
    const here = await scanSource(source(), ruleSet, { workers: 0 });
    expect(here.report.findings.some((f) => f.ruleId === 'maxai-dev-key')).toBe(true);
    expect(here.report.findings.some((f) => f.ruleId === 'maxai-prod-key')).toBe(false);
    prestartWorkers(2);
    const walkTask = DetectorPool.prototype.walkTask;
    const failures: unknown[] = [];
    const watched = vi.spyOn(DetectorPool.prototype, 'walkTask').mockImplementation(function (
      this: DetectorPool,
      ...args
    ) {
      return walkTask.apply(this, args).catch((error: unknown) => {
        failures.push(error);
        throw error;
      });
    });
    try {
      const pooled = await scanSource(source(), ruleSet, { workers: 2 });
      expect(watched).toHaveBeenCalled();
      expect(failures).toEqual([]);
      expect(pooled.report.findings).toEqual(here.report.findings);
      expect(pooled.report.notes).toEqual(here.report.notes);
    } finally {
      watched.mockRestore();
    }
  });

  it('walks every directory even when all walks end while this thread still scans the files it found first', async () => {
    const root = tempRoot();
    const files: Record<string, string> = {};
    // This thread lists the top folder (more files than batches in flight), workers the 60 folders below it.
    for (let f = 0; f < 200; f++) files[`top${f}.txt`] = `value ${f}\n`;
    for (let d = 0; d < 60; d++) files[`dir${d}/a.env`] = `MAXAI_API_KEY=${keys.maxProd()}\n`;
    writeTree(root, files);
    const source = () => fileSource({ paths: [root], base: root, useGitignore: true });
    const here = await scanSource(source(), builtinRules(), { workers: 0 });
    const detectBatch = DetectorPool.prototype.detectBatch;
    const walkTask = DetectorPool.prototype.walkTask;
    let walked!: () => void;
    const firstWalks = new Promise<void>((resolve) => (walked = resolve));
    let ended = 0;
    const walks = vi.spyOn(DetectorPool.prototype, 'walkTask').mockImplementation(async function (
      this: DetectorPool,
      ...args
    ) {
      const result = await walkTask.apply(this, args);
      // Four walks run at once (two per worker): the batches wait until all of them have ended.
      if (++ended === 4) setImmediate(walked);
      return result;
    });
    const batches = vi.spyOn(DetectorPool.prototype, 'detectBatch').mockImplementation(async function (
      this: DetectorPool,
      ...args
    ) {
      await firstWalks;
      return detectBatch.apply(this, args);
    });
    try {
      const pooled = await scanSource(source(), builtinRules(), { workers: 2 });
      expect(pooled.report.stats.files).toBe(260);
      expect(pooled.report.findings).toEqual(here.report.findings);
    } finally {
      walks.mockRestore();
      batches.mockRestore();
    }
  });
});
