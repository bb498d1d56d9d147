// The baseline suppresses accepted findings by content, so moves keep them and new keys still fail.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, readBaseline, renderBaseline, type Baseline } from '../../src/filters/baseline.js';
import { fakeKeys } from '../helpers/fake.js';
import { scanMemory } from '../helpers/scan.js';

const keys = fakeKeys(11);
const first = keys.maxProd();
const second = keys.maxDev();
const TODAY = '2026-06-01';

async function baselineOf(files: Array<{ path: string; content: string }>): Promise<Baseline> {
  const { report } = await scanMemory(files);
  return JSON.parse(renderBaseline(report)) as Baseline;
}

describe('baseline', () => {
  const before = [{ path: 'src/a.ts', content: `import 'maxcare';\nconst key = "${first}";\n` }];

  it('holds fingerprints and redacted context, never a secret', async () => {
    const text = renderBaseline((await scanMemory(before)).report);
    expect(text.includes(first)).toBe(false);
    const baseline = JSON.parse(text) as Baseline;
    expect(baseline.entries[0]).toMatchObject({ ruleId: 'maxai-prod-key', file: 'src/a.ts', line: 2 });
    expect(baseline.entries[0]!.secret).toMatch(/^max_prd_ak_..…..$/);
  });

  it('keeps suppressing a moved, re-indented line, even in another file', async () => {
    const { entries } = await baselineOf(before);
    const moved = [
      {
        path: 'lib/renamed.ts',
        content: `import 'maxcare';\n\n\n// moved\nfunction f() {\n        const key = "${first}";\n}\n`,
      },
    ];
    const { report } = await scanMemory(moved);
    expect(report.findings.length).toBeGreaterThan(0);
    const applied = applyBaseline(report, entries, '.keylint-baseline.json', TODAY);
    expect(applied.report.findings).toEqual([]);
    expect(applied.report.notes).toEqual([]);
  });

  it('reports a different key on the same line as new', async () => {
    const { entries } = await baselineOf(before);
    const other = keys.maxProd();
    const { report } = await scanMemory([
      { path: 'src/a.ts', content: `import 'maxcare';\nconst key = "${other}";\n` },
    ]);
    const applied = applyBaseline(report, entries, 'b.json', TODAY);
    expect(applied.report.findings.map((f) => f.ruleId)).toEqual(['maxai-prod-key']);
    expect(applied.report.notes.map((n) => n.reason)).toEqual([
      expect.stringMatching(/^stale baseline entry maxai-prod-key at src\/a\.ts:2 .* matches nothing/),
    ]);
  });

  it('suppresses old findings but not new ones beside them', async () => {
    const { entries } = await baselineOf(before);
    const { report } = await scanMemory([
      { path: 'src/a.ts', content: `import 'maxcare';\nconst key = "${first}";\nconst dev = "${second}";\n` },
    ]);
    const applied = applyBaseline(report, entries, 'b.json', TODAY);
    expect(applied.suppressed).toBe(1);
    expect(applied.report.findings.map((f) => `${f.ruleId}:${f.line}`)).toEqual(['maxai-dev-key:3']);
  });

  it('stops suppressing an expired entry and says so', async () => {
    const { entries } = await baselineOf(before);
    const expiring = entries.map((e) => ({ ...e, reason: 'rotating next sprint', expires: '2026-05-31' }));
    const { report } = await scanMemory(before);
    const applied = applyBaseline(report, expiring, 'b.json', TODAY);
    expect(applied.report.findings).toHaveLength(1);
    expect(applied.report.notes[0]!.reason).toMatch(/expired on 2026-05-31; its findings are reported again/);
    expect(applyBaseline(report, expiring, 'b.json', '2026-05-31').report.findings).toEqual([]);
  });

  it('rewrites without churn and keeps reasons and expiries', async () => {
    const { report } = await scanMemory([...before, { path: 'b.env', content: `MAXAI_API_KEY=${second}\n` }]);
    const text = renderBaseline(report);
    const edited = JSON.parse(text) as Baseline;
    edited.entries[0]!.reason = 'test fixture, revoked';
    edited.entries[0]!.expires = '2027-01-31';
    const editedText = `${JSON.stringify(edited, null, 2)}\n`;
    expect(renderBaseline(report, edited.entries)).toBe(editedText);
    const reordered = { ...report, findings: [...report.findings].reverse() };
    expect(renderBaseline(reordered, edited.entries)).toBe(editedText);
  });

  it('rejects a malformed baseline with a message naming the file and field', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-bl-'));
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ version: 1, entries: [{ fingerprint: 'nothex', ruleId: 'x' }] }));
    expect(() => readBaseline(file)).toThrow(/bad\.json: "entries\[0\]\.fingerprint"/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('keylint baseline and scan --baseline (end to end)', () => {
  it('fails only on findings added after the baseline', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-bl-'));
    const run = (...args: string[]) =>
      spawnSync('node', [path.resolve('bin/keylint.js'), ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
    fs.writeFileSync(path.join(dir, 'app.js'), `// maxcare\nconst key = "${first}";\n`);
    expect(run('baseline', '.').status).toBe(0);
    const file = path.join(dir, '.keylint-baseline.json');
    const written = fs.readFileSync(file, 'utf8');
    expect(written.includes(first)).toBe(false);
    const mtime = fs.statSync(file).mtimeMs;
    expect(run('baseline', '.').status).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(written);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);

    const clean = run('scan', '.', '--baseline', '.keylint-baseline.json', '--format', 'json');
    expect(clean.status, clean.stderr).toBe(0);
    expect(JSON.parse(clean.stdout).findings).toEqual([]);

    fs.writeFileSync(path.join(dir, 'app.js'), `// maxcare\n\n  const key = "${first}";\nconst other = "${second}";\n`);
    const dirty = run('scan', '.', '--baseline', '.keylint-baseline.json', '--format', 'json');
    expect(dirty.status).toBe(1);
    expect(JSON.parse(dirty.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['maxai-dev-key']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
