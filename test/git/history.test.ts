// `keylint git`: every blob of the history once, each finding at the commit that introduced it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipOf } from '../helpers/archive.js';
import { fakeKeys } from '../helpers/fake.js';
import { gitEnv, useRepos, runCli, runJson } from '../helpers/git.js';

const keys = fakeKeys(404);
const repo = useRepos();

describe('keylint git', () => {
  it('finds a key that was added and later deleted, at the commit that added it', () => {
    const r = repo();
    const key = keys.maxProd();
    r.commit({ 'README.md': 'hello\n' }, 'first');
    const added = r.commit({ 'src/config.js': `const x = 1;\nconst MAXAI_API_KEY = '${key}';\n` }, 'add config');
    r.commit({ 'src/config.js': 'const x = 1;\nconst MAXAI_API_KEY = process.env.MAXAI_API_KEY;\n' }, 'remove key');
    expect(runCli(r.dir, ['scan', '.', '--format', 'json']).code).toBe(0);

    const { code, report } = runJson(r.dir, ['git']);
    expect(code).toBe(1);
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(finding).toMatchObject({
      ruleId: 'maxai-prod-key',
      file: 'src/config.js',
      line: 2,
      commit: added,
      author: 'Ada Tester <ada@example.test>',
      occurrences: 1,
    });
    expect(finding!.date).toMatch(/^2024-01-01T/);
    expect(JSON.stringify(report)).not.toContain(key);
  });

  it('attributes a key inside a committed archive to the commit that added the archive', () => {
    const r = repo();
    const key = keys.novamed();
    r.commit({ 'README.md': 'hello\n' }, 'first');
    const added = r.commit({ 'vendor/config.zip': zipOf([{ name: 'app.env', content: `NOVAMED_API_KEY=${key}\n` }]) });
    const { report } = runJson(r.dir, ['git']);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      ruleId: 'novamed-api-key',
      file: 'vendor/config.zip!app.env',
      commit: added,
      author: 'Ada Tester <ada@example.test>',
    });
  });

  it('reports the same key in 50 commits once, at its first commit, with the number of occurrences', () => {
    const r = repo();
    const key = keys.maxDev();
    let first = '';
    for (let i = 0; i < 50; i++) {
      const id = r.commit({ 'app.env': `MAXAI_API_KEY=${key}\nBUILD=${i}\n` }, `build ${i}`);
      if (i === 0) first = id;
    }
    const { report } = runJson(r.dir, ['git']);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ ruleId: 'maxai-dev-key', commit: first, occurrences: 50 });
    expect(report.stats.files).toBe(50);
  });

  it('applies policies to history: a prod key once committed to .env.development', () => {
    const r = repo();
    const key = keys.maxProd();
    const added = r.commit({ '.env.development': `MAXAI_API_KEY=${key}\n` });
    r.commit({ '.env.development': null });
    const { report } = runJson(r.dir, ['git']);
    expect(report.findings.map((f) => [f.ruleId, f.commit])).toEqual([
      ['maxai-prod-key', added],
      ['prod-key-in-dev-config', added],
    ]);
  });

  it('walks HEAD by default, every ref with --all, chosen refs with --branch, and --since', () => {
    const r = repo();
    r.commit({ 'a.txt': 'clean\n' });
    r.git('checkout', '-q', '-b', 'feature');
    const onFeature = r.commit({ 'f.env': `MAXAI_API_KEY=${keys.maxProd()}\n` });
    r.git('checkout', '-q', 'main');
    expect(runJson(r.dir, ['git']).report.findings).toEqual([]);
    expect(runJson(r.dir, ['git', '--all']).report.findings.map((f) => f.commit)).toEqual([onFeature]);
    expect(runJson(r.dir, ['git', '--branch', 'feature']).report.findings.map((f) => f.commit)).toEqual([onFeature]);
    expect(runJson(r.dir, ['git', '--all', '--since', '2030-01-01']).report.findings).toEqual([]);

    const after = new Date(Date.parse(r.git('log', '-1', '--format=%cI', onFeature)) + 1000).toISOString();
    const later = r.commit({ 'later.env': `MAXAI_API_KEY=${keys.maxDev()}\n` });
    expect(runJson(r.dir, ['git', '--all', '--since', after]).report.findings.map((f) => f.commit)).toEqual([later]);
  });

  it('sees a key that only a merge resolution introduced', () => {
    const r = repo();
    r.commit({ 'a.txt': 'base\n' });
    r.git('checkout', '-q', '-b', 'side');
    r.commit({ 'b.txt': 'side\n' });
    r.git('checkout', '-q', 'main');
    r.commit({ 'c.txt': 'main\n' });
    r.git('merge', '-q', '--no-commit', '--no-ff', 'side');
    fs.writeFileSync(path.join(r.dir, 'm.env'), `MAXAI_API_KEY=${keys.maxProd()}\n`);
    r.git('add', 'm.env');
    r.git('commit', '-q', '-m', 'evil merge');
    const merge = r.git('rev-parse', 'HEAD');
    expect(runJson(r.dir, ['git']).report.findings.map((f) => f.commit)).toEqual([merge]);
  });

  it('streams a blob larger than one engine block and finds a key at its end', () => {
    const r = repo();
    const filler = `${'x'.repeat(99)}\n`.repeat(100_000);
    r.commit({
      'big.js': `${filler}const MAXAI_API_KEY = '${keys.maxProd()}';\n`,
      'small.env': `MAXAI_API_KEY=${keys.maxDev()}\n`,
    });
    const { report } = runJson(r.dir, ['git']);
    expect(report.findings.map((f) => [f.file, f.line])).toEqual([
      ['big.js', 100_001],
      ['small.env', 1],
    ]);
  });

  it('skips binary blobs and submodules with a note, and keeps scanning', () => {
    const r = repo();
    r.commit({
      'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
      'k.env': `MAXAI_API_KEY=${keys.maxProd()}\n`,
    });
    r.git('update-index', '--add', '--cacheinfo', `160000,${r.git('rev-parse', 'HEAD')},vendor/lib`);
    r.git('commit', '-q', '-m', 'submodule');
    const { report } = runJson(r.dir, ['git']);
    expect(report.findings.map((f) => f.file)).toEqual(['k.env']);
    expect(report.notes).toEqual(
      expect.arrayContaining([
        { file: 'logo.png', reason: 'binary file skipped' },
        { file: 'vendor/lib', reason: expect.stringContaining('submodule') },
      ]),
    );
  });

  it('notes corrupt objects (bad header, bad content) and still reports the other blobs', () => {
    const r = repo();
    r.commit({
      'a.env': `MAXAI_API_KEY=${keys.maxProd()}\n`,
      'b.txt': 'a small text whose header will be corrupted\n',
      'c.txt': `${keys.alnum(30_000)}\n`,
      'd.env': `MAXAI_API_KEY=${keys.maxDev()}\n`,
      'e.txt': `${keys.alnum(9_000_000)}\n`,
      'f.env': `MAXAI_API_KEY=${keys.maxDev()}\n`,
    });
    // Loose objects are zlib streams: garbage early breaks the header, garbage later the content.
    const corrupt = (file: string, keep: number) => {
      const sha = r.git('rev-parse', `HEAD:${file}`);
      const object = path.join(r.dir, '.git', 'objects', sha.slice(0, 2), sha.slice(2));
      fs.chmodSync(object, 0o644);
      const bytes = fs.readFileSync(object);
      fs.writeFileSync(object, Buffer.concat([bytes.subarray(0, keep), Buffer.alloc(bytes.length - keep, 0x55)]));
    };
    corrupt('b.txt', 8);
    corrupt('c.txt', 200);
    corrupt('e.txt', 200 * 1024);
    const { report } = runJson(r.dir, ['git']);
    expect(report.findings.map((f) => f.file)).toEqual(['a.env', 'd.env', 'f.env']);
    expect(report.notes).toEqual([
      { file: 'b.txt', reason: expect.stringMatching(/^object missing or corrupt/) },
      { file: 'c.txt', reason: expect.stringMatching(/^unreadable object: unable to stream/) },
      { file: 'e.txt', reason: expect.stringMatching(/^unreadable object/) },
    ]);
  });

  it('says when the clone is shallow', () => {
    const r = repo();
    r.commit({ 'old.env': `MAXAI_API_KEY=${keys.maxProd()}\n` });
    r.commit({ 'old.env': null });
    r.commit({ 'a.txt': 'new\n' });
    const clone = repo();
    fs.rmSync(clone.dir, { recursive: true });
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.dir}`, clone.dir], { env: gitEnv() });
    const { report } = runJson(clone.dir, ['git']);
    expect(report.findings).toEqual([]);
    expect(report.notes).toEqual([{ file: '.git/shallow', reason: expect.stringContaining('shallow clone') }]);
  });

  it('fails with one line and exit 2 outside a repository or for a missing ref', () => {
    const r = repo();
    r.commit({ 'a.txt': 'x\n' });
    const missing = runCli(r.dir, ['git', '--branch', 'no-such-branch']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`keylint: unknown revision "no-such-branch" in ${fs.realpathSync(r.dir)}\n`);
    const gone = runCli(path.dirname(r.dir), ['git', `${r.dir}-missing`]);
    expect(gone).toMatchObject({ code: 2, stderr: `keylint: ${r.dir}-missing: no such directory\n` });
    const outside = runCli(path.dirname(r.dir), ['git', '.']);
    expect(outside).toMatchObject({ code: 2, stderr: 'keylint: .: not a git repository\n' });
  });
});
