// Detection workers walk the working tree themselves: the same findings, notes and counts as the walk on
// the main thread, with .gitignore files at several depths, allowlisted paths, archives and binaries.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ITEMS_BEFORE_WORKERS, scanSource } from '../src/scan.js';
import { fileSource } from '../src/sources/files.js';
import { zipOf } from './helpers/archive.js';
import { tempDir, writeTree } from './helpers/cli.js';
import { fakeKeys } from './helpers/fake.js';
import { builtinRules } from './helpers/scan.js';

const keys = fakeKeys(808);

describe('a working tree walked by detection workers', () => {
  let root: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir: root, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('finds, skips and notes exactly what the main-thread walk does', async () => {
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
      for (let f = 0; f < 12; f++) files[`src/mod${d}/sub${f % 3}/file${f}.ts`] = f === 5 ? `export const k = '${keys.maxProd()}';\n` : `export const v${f} = ${d};\n`;
    }
    writeTree(root, files);
    fs.symlinkSync('../src', path.join(root, 'deep', 'link'));
    const source = () => fileSource({ paths: [root], base: root, useGitignore: true, exclude: { globs: ['fixtures/allowed/**'], base: root } });
    expect(Object.keys(files).length).toBeGreaterThan(4 * ITEMS_BEFORE_WORKERS);

    const here = await scanSource(source(), builtinRules(), { workers: 0 });
    const pooled = await scanSource(source(), builtinRules(), { workers: 2 });
    expect(pooled.report.findings).toEqual(here.report.findings);
    expect(pooled.report.notes).toEqual(here.report.notes);
    expect({ files: pooled.report.stats.files, bytes: pooled.report.stats.bytes }).toEqual({ files: here.report.stats.files, bytes: here.report.stats.bytes });

    const secretFiles = [...new Set(here.report.findings.filter((f) => f.kind === 'secret').map((f) => f.file))].sort();
    expect(secretFiles).toEqual([...Array.from({ length: 30 }, (_, d) => `src/mod${d}/sub2/file5.ts`), 'deep/er/still/release.zip!inner/.env', 'packages/a/keep.log'].sort());
    expect(here.report.notes).toEqual([{ file: 'deep/blob.bin', reason: 'binary file skipped' }]);
  });
});
