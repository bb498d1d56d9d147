// `keylint staged` and `keylint diff`: only what a change adds, read from git objects, not the disk.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipOf } from '../helpers/archive.js';
import { fakeKeys } from '../helpers/fake.js';
import { useRepos, runCli, runJson } from '../helpers/git.js';

const keys = fakeKeys(505);
const repo = useRepos({ initial: true });

describe('keylint staged', () => {
  it('sees a staged key that the working tree no longer has, and ignores an unstaged one', () => {
    const r = repo();
    r.write('config/app.env', `A=1\nB=2\nMAXAI_API_KEY=${keys.maxProd()}\n`);
    r.git('add', 'config/app.env');
    r.write('config/app.env', 'A=1\nB=2\nMAXAI_API_KEY=\n');
    r.write('notes.env', `MAXAI_API_KEY=${keys.maxDev()}\n`);
    r.write('README.md', `project\nMAXAI_API_KEY=${keys.maxDev()}\n`);

    const { code, report } = runJson(r.dir, ['staged']);
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([['maxai-prod-key', 'config/app.env', 3]]);
    expect(report.findings[0]!.commit).toBeUndefined();
  });

  it('reports only added lines: a key already committed in the file does not block an unrelated change', () => {
    const r = repo();
    const existing = keys.maxDev();
    r.commit({ 'settings.env': `MAXAI_API_KEY=${existing}\nDEBUG=0\n` });
    r.write('settings.env', `MAXAI_API_KEY=${existing}\nDEBUG=1\nLOG=2\n`);
    r.git('add', '-A');
    expect(runJson(r.dir, ['staged']).report.findings).toEqual([]);

    const added = keys.maxProd();
    fs.appendFileSync(path.join(r.dir, 'settings.env'), `OTHER_MAXAI_API_KEY=${added}\n`);
    r.git('add', '-A');
    expect(runJson(r.dir, ['staged']).report.findings.map((f) => [f.file, f.line])).toEqual([['settings.env', 4]]);
  });

  it('runs from a subdirectory, reports repository paths, applies policies and skips staged submodules', () => {
    const r = repo();
    r.write('.env.development', `MAXAI_API_KEY=${keys.maxProd()}\n`);
    r.write('src/deep/x.ts', 'export const x = 1;\n');
    r.git('add', '-A');
    r.git('update-index', '--add', '--cacheinfo', `160000,${r.git('rev-parse', 'HEAD')},vendor/lib`);
    const { report } = runJson(path.join(r.dir, 'src', 'deep'), ['staged']);
    expect(report.findings.map((f) => [f.ruleId, f.file])).toEqual([
      ['maxai-prod-key', '.env.development'],
      ['prod-key-in-dev-config', '.env.development'],
    ]);
    expect(report.notes).toEqual([{ file: 'vendor/lib', reason: expect.stringContaining('submodule') }]);
  });

  it('is not fooled by added lines that look like diff headers', () => {
    const r = repo();
    r.write('notes.md', `+++ decoy.env\n++ other\n@@ -1 +1 @@\nMAXAI_API_KEY=${keys.maxProd()}\n`);
    r.git('add', '-A');
    expect(runJson(r.dir, ['staged']).report.findings.map((f) => [f.file, f.line])).toEqual([['notes.md', 4]]);
  });

  it('handles file names that git quotes', () => {
    const r = repo();
    r.write('dir with space/naïve "quoted".env', `MAXAI_API_KEY=${keys.maxProd()}\n`);
    r.git('add', '-A');
    expect(runJson(r.dir, ['staged']).report.findings.map((f) => f.file)).toEqual([
      'dir with space/naïve "quoted".env',
    ]);
  });

  it('reads renames, binaries, NULs deep in a text file and diff.relative from one diff', () => {
    const r = repo();
    const body = Array.from({ length: 40 }, (_, i) => `line ${i} of a file that git will see as renamed\n`).join('');
    r.commit({ 'old name.env': body });
    r.git('mv', 'old name.env', 'new name.env');
    fs.appendFileSync(path.join(r.dir, 'new name.env'), `MAXAI_API_KEY=${keys.maxProd()}\n`);
    // Text to git (no NUL in its first 8000 bytes), so its patch carries NUL bytes after the records.
    r.write('late-nul.txt', `${'x'.repeat(9000)}\n\0\0\nMAXAI_API_KEY=${keys.maxProd()}\n`);
    r.write('blob.bin', Buffer.from([0, 0, 1, 2, 0, 0]));
    r.write('sub/readme.md', 'docs\n');
    r.git('add', '-A');
    r.git('config', 'diff.relative', 'true');
    const { code, report } = runJson(path.join(r.dir, 'sub'), ['staged']);
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([
      ['maxai-prod-key', 'late-nul.txt', 3],
      ['maxai-prod-key', 'new name.env', 41],
    ]);
    expect(report.notes).toEqual([{ file: 'blob.bin', reason: 'binary file skipped' }]);
  });

  it('reports every key in a staged archive or UTF-16 file, which git shows no text diff for', () => {
    const r = repo();
    r.write('release/config.zip', zipOf([{ name: 'app/.env', content: `MAXAI_API_KEY=${keys.maxProd()}\n` }]));
    r.write(
      'windows.env',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`NOVAMED_API_KEY=${keys.novamed()}\r\n`, 'utf16le')]),
    );
    r.git('add', '-A');
    const { code, report } = runJson(r.dir, ['staged']);
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.file])).toEqual([
      ['maxai-prod-key', 'release/config.zip!app/.env'],
      ['novamed-api-key', 'windows.env'],
    ]);
  });

  it('in a changed archive, reports only the keys its previous version did not have', () => {
    const r = repo();
    const old = keys.maxProd();
    r.commit({ 'bundle.zip': zipOf([{ name: 'a.env', content: `MAXAI_API_KEY=${old}\n` }]) });
    r.write(
      'bundle.zip',
      zipOf([
        { name: 'a.env', content: `MAXAI_API_KEY=${old}\n` },
        { name: 'b.env', content: `MAXAI_API_KEY=${keys.maxProd()}\n` },
      ]),
    );
    r.git('add', '-A');
    expect(runJson(r.dir, ['staged']).report.findings.map((f) => [f.ruleId, f.file])).toEqual([
      ['maxai-prod-key', 'bundle.zip!b.env'],
    ]);
    r.write('bundle.zip', zipOf([{ name: 'renamed.env', content: `MAXAI_API_KEY=${old}\n` }]));
    r.git('add', '-A');
    expect(runJson(r.dir, ['staged']).report.findings).toEqual([]);
  });

  it('reads the blobs of a change too large to hold as one patch, and still reports only added lines', () => {
    const r = repo();
    const old = keys.maxDev();
    const filler = `${'x'.repeat(99)}\n`.repeat(340_000);
    r.commit({ 'big.txt': `MAXAI_API_KEY=${old}\n${filler}` });
    r.write('big.txt', `MAXAI_API_KEY=${old}\n${filler}MAXAI_API_KEY=${keys.maxProd()}\n`);
    r.git('add', '-A');
    expect(runJson(r.dir, ['staged']).report.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([
      ['maxai-prod-key', 'big.txt', 340_002],
    ]);
  });

  it('is clean with nothing staged, and exits 2 outside a repository', () => {
    const r = repo();
    expect(runJson(r.dir, ['staged'])).toMatchObject({ code: 0, report: { findings: [] } });
    const outside = runCli(path.dirname(r.dir), ['staged']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^keylint: .*not a git repository\n$/);
  });
});

describe('keylint diff', () => {
  it('ignores a key that existed before the base and reports added keys at their new line numbers', () => {
    const r = repo();
    const old = keys.maxProd();
    const base = r.commit({ 'app.env': `MAXAI_API_KEY=${old}\n` }, 'old key');
    r.commit({ 'app.env': `# header\n# more\nMAXAI_API_KEY=${old}\n`, 'other.txt': 'x\n' }, 'move it down');
    const fresh = keys.maxDev();
    const head = r.commit({ 'new.env': `A=1\nSTAGING_MAXAI_API_KEY=${fresh}\n` }, 'add key');

    for (const args of [[`${base}..${head}`], ['--base', base, '--head', head], [`${base}..`], [`${base}...${head}`]]) {
      const { code, report } = runJson(r.dir, ['diff', ...args]);
      expect(code, args.join(' ')).toBe(1);
      expect(report.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([['maxai-dev-key', 'new.env', 2]]);
    }
    expect(runJson(r.dir, ['diff', `${head}~1..${head}~1`]).report.findings).toEqual([]);
  });

  it('counts only what the branch adds with base...head, not what the base gained meanwhile', () => {
    const r = repo();
    r.git('checkout', '-q', '-b', 'feature');
    r.commit({ 'f.txt': 'feature work\n' });
    r.git('checkout', '-q', 'main');
    r.commit({ 'main.env': `MAXAI_API_KEY=${keys.maxProd()}\n` });
    expect(runJson(r.dir, ['diff', 'main...feature']).report.findings).toEqual([]);
    expect(runJson(r.dir, ['diff', 'feature..main']).report.findings).toHaveLength(1);
  });

  it('fails with one line and exit 2 for a missing ref or a malformed range', () => {
    const r = repo();
    const missing = runCli(r.dir, ['diff', 'main..nope']);
    expect(missing).toMatchObject({
      code: 2,
      stderr: `keylint: unknown revision "nope" in ${fs.realpathSync(r.dir)}\n`,
    });
    const malformed = runCli(r.dir, ['diff', 'main']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toBe('keylint: range "main" must look like base..head or base...head\n');
  });
});
