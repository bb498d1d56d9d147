// Boundary: what git calls a change, and what a checkout leaves out. `staged`, `diff` and the Action's pr mode read only the files a change touches, by
// git's account of it; a pull request chooses the shape of that account (a file's type, its name's bytes) and must not
// choose one that keylint leaves unread.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake.js';
import { runJson, useRepos } from '../helpers/git.js';

const newRepo = useRepos({ initial: true });
const keys = fakeKeys(2611);

const found = (report: { findings: Array<{ file: string; ruleId: string }> }) =>
  report.findings.map((f) => [f.file, f.ruleId]);

describe('a file that was a link or a submodule before the change', () => {
  it('a key committed where a symbolic link was is found by diff and staged', () => {
    const repo = newRepo();
    fs.symlinkSync('README.md', path.join(repo.dir, 'app.env'));
    const base = repo.commit({}, 'a link');
    fs.rmSync(path.join(repo.dir, 'app.env'));
    repo.write('app.env', `MAXAI_API_KEY=${keys.maxProd()}\n`);
    repo.git('add', '-A');
    // git calls this a type change (T): before the fix, not one of the kinds of change read (ACMR), exit 0.
    expect(runJson(repo.dir, ['staged'])).toMatchObject({ code: 1 });
    expect(found(runJson(repo.dir, ['staged']).report)).toEqual([['app.env', 'maxai-prod-key']]);
    const head = repo.commit({}, 'the link becomes a file');
    const { code, report } = runJson(repo.dir, ['diff', `${base}..${head}`]);
    expect(code).toBe(1);
    expect(found(report)).toEqual([['app.env', 'maxai-prod-key']]);
  });

  it('a key committed where a submodule was is found, and an allow marker there is scan-weakened', () => {
    const repo = newRepo();
    repo.git('update-index', '--add', '--cacheinfo', `160000,${repo.git('rev-parse', 'HEAD')},cfg.env`);
    repo.git('commit', '-q', '-m', 'a submodule');
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('rm', '-q', '--cached', 'cfg.env');
    const head = repo.commit({
      'cfg.env': `MAXAI_API_KEY=${keys.maxProd()}\nNOVAMED_API_KEY=${keys.novamed()} # keylint:allow\n`,
    });
    const { code, report } = runJson(repo.dir, ['diff', `${base}..${head}`]);
    expect(code).toBe(1);
    expect(found(report)).toEqual([
      ['cfg.env', 'maxai-prod-key'],
      ['cfg.env', 'scan-weakened'],
    ]);
  });
});

describe('file names that are not UTF-8', () => {
  it('two names that differ only in a byte that is not UTF-8 keep their own contents', () => {
    const repo = newRepo();
    const base = repo.git('rev-parse', 'HEAD');
    // Both decoded as UTF-8 were `\ufffd.env`: the harmless file's patch stood for the one with the key, exit 0.
    fs.writeFileSync(Buffer.from(path.join(repo.dir, '\xfe.env'), 'latin1'), `MAXAI_API_KEY=${keys.maxProd()}\n`);
    fs.writeFileSync(Buffer.from(path.join(repo.dir, '\xff.env'), 'latin1'), 'A=1\n');
    repo.git('add', '-A');
    const staged = runJson(repo.dir, ['staged']);
    expect(staged.code).toBe(1);
    expect(found(staged.report)).toEqual([['\udcfe.env', 'maxai-prod-key']]);
    const head = repo.commit({}, 'two names');
    const { code, report } = runJson(repo.dir, ['diff', `${base}..${head}`]);
    expect(code).toBe(1);
    expect(found(report)).toEqual([['\udcfe.env', 'maxai-prod-key']]);
    expect(found(runJson(repo.dir, ['git']).report)).toEqual([['\udcfe.env', 'maxai-prod-key']]);
  });
});

describe('a key the change completes on a line it keeps', () => {
  it('a property continued with a backslash, its first half kept and its rest added, is found', () => {
    const repo = newRepo();
    const key = keys.maxProd();
    const half = key.length - 20;
    const base = repo.commit({ 'app.properties': `other=1\nmaxai.api.key=${key.slice(0, half)}\\\n    changeme\n` });
    // The key is reported where its value starts, line 2, which the change keeps: dropped as not added, exit 0.
    const head = repo.commit({
      'app.properties': `other=1\nmaxai.api.key=${key.slice(0, half)}\\\n    ${key.slice(half)}\n`,
    });
    const { code, report } = runJson(repo.dir, ['diff', `${base}..${head}`]);
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.file, f.line, f.ruleId])).toEqual([['app.properties', 2, 'maxai-prod-key']]);
  });

  it('a key the previous side already had on a kept line is still not reported', () => {
    const repo = newRepo();
    const key = keys.maxProd();
    const base = repo.commit({ 'app.properties': `maxai.api.key=${key.slice(0, 20)}\\\n    ${key.slice(20)}\n` });
    const head = repo.commit({
      'app.properties': `maxai.api.key=${key.slice(0, 20)}\\\n    ${key.slice(20)}\nother=1\n`,
    });
    expect(runJson(repo.dir, ['diff', `${base}..${head}`])).toMatchObject({ code: 0, report: { findings: [] } });
  });
});

describe('a Git LFS pointer in a change', () => {
  const pointer = (content: string) => {
    const oid = createHash('sha256').update(content).digest('hex');
    return { oid, text: `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${content.length}\n` };
  };

  it("is read as its object's content when the clone has it, and named in a note when it has not", () => {
    const repo = newRepo();
    const base = repo.git('rev-parse', 'HEAD');
    const object = `MAXAI_API_KEY=${keys.maxProd()}\n`;
    const { oid, text } = pointer(object);
    // A pull request sends the file through LFS: git holds the pointer, the key is in LFS storage, which every clone
    // with git-lfs downloads. Before, the pointer was all keylint read: no finding, no note, exit 0.
    const head = repo.commit({ '.gitattributes': '*.env filter=lfs diff=lfs merge=lfs -text\n', 'app.env': text });
    const missing = runJson(repo.dir, ['diff', `${base}..${head}`]);
    expect(missing.code).toBe(0);
    expect(missing.report.notes).toEqual([
      { file: 'app.env', reason: expect.stringMatching(/^Git LFS pointer: .*not scanned/) },
    ]);
    // `git add` of such a file stores the object here, so a pre-commit check always has it.
    repo.write(`.git/lfs/objects/${oid.slice(0, 2)}/${oid.slice(2, 4)}/${oid}`, object);
    const { code, report } = runJson(repo.dir, ['diff', `${base}..${head}`]);
    expect(code).toBe(1);
    expect(found(report)).toEqual([['app.env', 'maxai-prod-key']]);
  });

  it("reads the pointer's own text too: a key on a line after its oid is found by diff and staged", () => {
    const repo = newRepo();
    const base = repo.git('rev-parse', 'HEAD');
    const { text } = pointer('A=1\n');
    // The blob is what every clone gets; before, only the (absent) object was looked for: a note, exit 0.
    repo.write('.gitattributes', '*.env filter=lfs diff=lfs merge=lfs -text\n');
    repo.write('app.env', `${text}MAXAI_API_KEY=${keys.maxProd()}\n`);
    repo.git('add', '-A');
    const staged = runJson(repo.dir, ['staged']);
    expect(staged.code).toBe(1);
    expect(staged.report.findings.map((f) => [f.file, f.line, f.ruleId])).toEqual([['app.env', 4, 'maxai-prod-key']]);
    const head = repo.commit({}, 'a pointer with a key');
    const { code, report } = runJson(repo.dir, ['diff', `${base}..${head}`]);
    expect(code).toBe(1);
    expect(found(report)).toEqual([['app.env', 'maxai-prod-key']]);
    expect(report.notes).toEqual([
      { file: 'app.env', reason: expect.stringMatching(/^Git LFS pointer: .*not scanned/) },
    ]);
  });
});

describe('a working tree that is a sparse checkout', () => {
  it('says how many tracked files it left out, and a deleted file is still no note', () => {
    const repo = newRepo();
    repo.commit({ 'a/x.txt': 'hello\n', 'b/app.env': `MAXAI_API_KEY=${keys.maxProd()}\n`, 'c/gone.txt': 'bye\n' });
    repo.git('sparse-checkout', 'set', 'a', 'c');
    fs.rmSync(path.join(repo.dir, 'c', 'gone.txt'));
    // The key's file is committed but not on disk (actions/checkout's sparse-checkout): before, exit 0 without a note.
    const { code, report } = runJson(repo.dir, ['scan', '.']);
    expect(code).toBe(0);
    expect(report.notes.map((n) => n.reason)).toEqual([
      '1 tracked file is outside the sparse checkout, not in the work tree: not scanned (`keylint git` reads them from history)',
    ]);
  });
});

describe('a key moved out of an allowed path', () => {
  it('is reported where it lands: its old side was allowed, so it had no finding there', () => {
    const repo = newRepo();
    const base = repo.commit({
      '.keylint.json': JSON.stringify({ allow: { paths: ['fixtures/**'] } }),
      'fixtures/test.env': `MAXAI_API_KEY=${keys.maxProd()}\n`,
    });
    repo.git('mv', 'fixtures/test.env', 'src.env');
    // A pure rename: the old side was read for what it already had, allowlist ignored, so the key was carried over.
    const head = repo.commit({}, 'move the fixture into the app');
    const { code, report } = runJson(repo.dir, ['diff', `${base}..${head}`]);
    expect(code).toBe(1);
    expect(found(report)).toEqual([['src.env', 'maxai-prod-key']]);
  });
});
