// Trust boundary: scanned content, round six. Input built to multiply keylint's work (a source map of millions of
// embedded sources, …) costs a bounded amount and a note; keys elsewhere in it, and in ordinary input, are found.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderSummary, worstFirst } from '../../src/action/summary.js';
import type { Finding, Report as FullReport } from '../../src/types.js';
import { useTempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'keylint.js');
const keys = fakeKeys(1706);
const tempRoot = useTempDir('keylint-sec-bounded-');

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

describe('a flood of findings cannot push a key out of what GitHub shows', () => {
  it('the Action lists the worst first and keeps its job summary under the 1 MiB GitHub takes', () => {
    // A pull request adding thousands of staging-shaped keys under `a/…` came first in file order: GitHub shows 10
    // error annotations a step and drops a summary over 1 MiB whole, so the production key in `src/` was in neither.
    const decoy = (i: number): Finding => ({
      kind: 'secret',
      ruleId: 'maxai-dev-key',
      vendor: 'maxai',
      file: `a/${'x'.repeat(200)}/${i}.env`,
      line: 1,
      column: 1,
      severity: 'high',
      fingerprint: `d${i}`,
      secret: 'max_dev_ak_Ab…9z',
      message: 'A staging key.',
      fix: 'Rotate it.',
    });
    const real: Finding = { ...decoy(0), ruleId: 'maxai-prod-key', file: 'src/z.ts', severity: 'critical' };
    const findings = [...Array.from({ length: 5000 }, (_, i) => decoy(i)), real];
    const ordered = worstFirst(findings);
    expect(ordered[0]).toBe(real);
    expect(ordered).toHaveLength(findings.length);
    const report: FullReport = {
      version: 1,
      findings: ordered,
      stats: { files: 1, bytes: 1, durationMs: 1 },
      notes: [],
    };
    const summary = renderSummary(report, { scope: 'the pull request', failing: 5001, failOn: 'high', notes: [] });
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
    expect(summary).toContain('| critical | maxai-prod-key | src/z.ts:1:1 |');
    expect(summary).toMatch(/\n\d+ more findings \(the least severe\) are in the step's log and the SARIF\.\n/);
  });
});

describe('a skipped class of files holds no committed key', () => {
  it('a key committed into node_modules/ is scanned; untracked dependency folders are still skipped', () => {
    // `keylint scan` (the Action's full mode) skipped dependency folders by name, tracked files too: a pull request
    // that committed `node_modules/sdk/config.js` (git add -f past its .gitignore) had its key skipped, exit 0.
    const root = tempRoot();
    const committed = keys.maxProd();
    writeTree(root, {
      '.gitignore': 'node_modules/sdk/\n',
      'node_modules/sdk/config.js': `export const key = '${committed}';\n`,
    });
    for (const args of [
      ['init', '-q'],
      ['add', '-f', '.'],
      ['-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '-qm', 'x'],
    ])
      expect(spawnSync('git', args, { cwd: root }).status).toBe(0);
    writeTree(root, { 'node_modules/other/.env': `MAXAI_API_KEY=${keys.maxProd()}\n` });
    const report = scanJson(root);
    const found = report.findings.filter((f) => f.ruleId === 'maxai-prod-key').map((f) => f.file);
    expect(found).toEqual(['node_modules/sdk/config.js']);
    expect(report.notes).toEqual([
      { file: 'node_modules', reason: 'dependency folder not scanned (--no-ignore scans it)' },
    ]);
  });
});
