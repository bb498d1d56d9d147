// Trust boundary: scanned content, round six. Input built to multiply keylint's work (a source map of millions of
// embedded sources, …) costs a bounded amount and a note; keys elsewhere in it, and in ordinary input, are found.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'keylint.js');
const keys = fakeKeys(1706);

interface Report {
  findings: Array<{ file: string; ruleId: string; original?: { file: string } }>;
  notes: Array<{ file: string; reason: string }>;
}

/** `keylint scan . -f json` with a JavaScript heap of `heapMb` megabytes: work that grows with the input dies. */
function scanJson(root: string, heapMb = 0): Report {
  const run = spawnSync(process.execPath, [BIN, 'scan', '.', '-f', 'json'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: heapMb ? `--max-old-space-size=${heapMb}` : '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  return JSON.parse(run.stdout) as Report;
}

describe('work an input can multiply is bounded', () => {
  const tempRoot = useTempDir('keylint-sec-bounded-');

  it('a source map of six million embedded sources is decoded only in part, with a note; its key is found', () => {
    // Each embedded source was parsed into a string and scanned as an item of its own: 12 million one-character
    // entries (48 MB) took 43 s of CPU and 1.9 GB; six million ran a 160 MB heap out of memory (a crash, no report).
    const root = tempRoot();
    const key = keys.maxProd();
    const last = JSON.stringify(`export const key = "${key}";`);
    writeTree(root, { 'dist/app.js.map': `{"version":3,"sourcesContent":[${'"a",'.repeat(6_000_000)}${last}]}` });
    const report = scanJson(root, 160);
    expect(report.findings.filter((f) => f.ruleId === 'maxai-prod-key').map((f) => f.file)).toEqual([
      'dist/app.js.map',
    ]);
    expect(report.notes).toEqual([
      {
        file: 'dist/app.js.map',
        reason:
          'source map holds 6,000,001 embedded sources; the first 20,000 were decoded, the rest scanned as map text only',
      },
    ]);
  });

  it('an ordinary map of many sources still gives the key in its sourcesContent its original file', () => {
    const root = tempRoot();
    const key = keys.maxProd();
    const sources = Array.from({ length: 19_999 }, (_, i) => `src/m${i}.ts`).concat('src/leak.ts');
    const sourcesContent = sources.map((_, i) => `export const v${i} = ${i};\n`);
    sourcesContent[19_999] = `export const key = "${key}";\n`;
    writeTree(root, { 'dist/app.js.map': JSON.stringify({ version: 3, sources, sourcesContent, mappings: '' }) });
    const report = scanJson(root);
    const found = report.findings.filter((f) => f.ruleId === 'maxai-prod-key');
    expect(found.map((f) => [f.file, f.original?.file])).toEqual([['dist/app.js.map', 'src/leak.ts']]);
    expect(report.notes).toEqual([]);
  });
});
