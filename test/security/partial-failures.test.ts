// Boundary: one part of a scan that fails (a corrupt object, a damaged archive) is a note on that part; every other
// finding stays reported, and the exit code still says there are findings.
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deflatedZeros, zipOf } from '../helpers/archive.js';
import { fakeKeys } from '../helpers/fake.js';
import { runJson, useRepos } from '../helpers/git.js';

const newRepo = useRepos({ initial: true });
const keys = fakeKeys(1711);

/** Overwrites the loose object `id` of `repo` with bytes that do not inflate. */
function corrupt(dir: string, id: string): void {
  const file = path.join(dir, '.git', 'objects', id.slice(0, 2), id.slice(2));
  fs.chmodSync(file, 0o644);
  fs.writeFileSync(file, 'not a zlib stream');
}

describe('a corrupt commit in the middle of a history', () => {
  it('keylint git still reports the keys of the commits before and after it, with a note', () => {
    const repo = newRepo();
    const oldKey = keys.maxProd();
    const newKey = keys.maxProd();
    const first = repo.commit({ 'config/old.env': `MAXAI_API_KEY=${oldKey}\n` });
    const oldBlob = repo.git('rev-parse', `${first}:config/old.env`);
    // The key's removal: past this commit only the object store holds it.
    const middle = repo.commit({ 'config/old.env': null });
    repo.commit({ 'src/client.ts': `export const key = '${newKey}';\n` });
    corrupt(repo.dir, middle);
    for (const args of [['git'], ['git', '--all']]) {
      // Before: git log --reverse died on the corrupt commit before listing any, and the scan held no finding, exit 0.
      const { code, report } = runJson(repo.dir, args);
      expect(code).toBe(1);
      const found = report.findings.filter((f) => f.ruleId === 'maxai-prod-key');
      expect(JSON.stringify(report)).not.toContain(oldKey.slice(11));
      // The tip's files at their paths; a blob only the history beyond the corrupt commit names, by its object id.
      expect(found.map((f) => f.file).sort()).toEqual([`.git/objects/${oldBlob}`, 'src/client.ts']);
      expect(report.notes.map((n) => n.reason).join('\n')).toMatch(/history walk stopped early/);
    }
  });

  it("a repository that borrows objects (alternates) reads only its own refs' files after a stopped walk", () => {
    const lender = newRepo();
    const lenderKey = keys.maxProd();
    lender.commit({ 'private/prod.env': `MAXAI_API_KEY=${lenderKey}\n` });
    const repo = newRepo();
    const tipKey = keys.maxProd();
    const middle = repo.commit({ 'docs/notes.md': 'nothing here\n' });
    repo.commit({ 'src/client.ts': `export const key = '${tipKey}';\n` });
    fs.writeFileSync(path.join(repo.dir, '.git', 'objects', 'info', 'alternates'), `${lender.dir}/.git/objects\n`);
    corrupt(repo.dir, middle);
    const { report } = runJson(repo.dir, ['git']);
    // Every object of another repository's store is no file of this one (a handed-over .git can name any store).
    expect(JSON.stringify(report)).not.toContain(lenderKey.slice(0, 14));
    expect(report.findings.map((f) => f.file)).toEqual(['src/client.ts']);
    expect(report.notes.map((n) => n.reason).join('\n')).toMatch(/borrows objects/);
  });
});

describe('a ref naming an object the repository lacks', () => {
  it('keylint git --all walks every other ref, commits attributed, tags of blobs read, one note per broken ref', () => {
    const repo = newRepo();
    const historyKey = keys.maxProd();
    const added = repo.commit({ 'config/prod.env': `MAXAI_API_KEY=${historyKey}\n` });
    repo.commit({ 'config/prod.env': null });
    repo.write('tagged.env', `MAXAI_API_KEY=${keys.maxProd()}\n`);
    repo.git('tag', 'keys', repo.git('hash-object', '-w', 'tagged.env'));
    fs.rmSync(path.join(repo.dir, 'tagged.env'));
    const missing = '1234567890abcdef'.repeat(3).slice(0, 40);
    // Before: git log --all and for-each-ref refused the whole repository; no finding, exit 0.
    fs.writeFileSync(path.join(repo.dir, '.git', 'refs', 'heads', 'zz'), `${missing}\n`);
    const { code, report } = runJson(repo.dir, ['git', '--all']);
    expect(code).toBe(1);
    const found = report.findings.filter((f) => f.ruleId === 'maxai-prod-key');
    expect(found.map((f) => [f.file, f.commit ?? ''])).toEqual([
      ['config/prod.env', added],
      ['refs/tags/keys', ''],
    ]);
    expect(report.notes).toContainEqual({
      file: '.git/refs/heads/zz',
      reason: 'names an object this repository lacks; history walked without it',
    });
    // A detached HEAD naming a missing object: the same.
    fs.writeFileSync(path.join(repo.dir, '.git', 'HEAD'), `${missing.replace('1', '9')}\n`);
    const detached = runJson(repo.dir, ['git', '--all']).report;
    expect(detached.findings.find((f) => f.file === 'config/prod.env')?.commit).toBe(added);
    expect(detached.notes.map((n) => n.file)).toContain('.git/HEAD');
  });
});

/** Where a zip's central directory begins. */
const CENTRAL = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

describe('a zip cut short', () => {
  it('keeps the keys of the entries before the cut, read from their local headers', async () => {
    const repo = newRepo();
    const before = keys.maxProd();
    const cut = keys.maxProd();
    const zip = zipOf([
      { name: 'app/.env', content: `MAXAI_API_KEY=${before}\n` },
      { name: 'app/config.ts', content: `export const key = '${cut}';\n${'// padding\n'.repeat(400)}` },
    ]);
    // The central directory and the end of the last entry are gone (a partial download, a crafted commit).
    repo.write('release.zip', zip.subarray(0, zip.indexOf(CENTRAL) - 10));
    // A bomb cut short is still bounded: its entry passes the 64 MB limit and stops the read with a note.
    const bomb = zipOf([{ name: 'zeros.bin', deflated: await deflatedZeros(80 * 1024 * 1024) }]);
    repo.write('bomb.zip', bomb.subarray(0, bomb.length - 40));
    // Before: "binary file skipped", no finding, exit 0 (yauzl needs the central directory; bsdtar and Java do not).
    const { code, report } = runJson(repo.dir, ['scan', '.']);
    expect(code).toBe(1);
    expect(report.findings.filter((f) => f.ruleId === 'maxai-prod-key').map((f) => f.file)).toEqual([
      'release.zip!app/.env',
      'release.zip!app/config.ts',
    ]);
    const notes = report.notes.map((n) => `${n.file}: ${n.reason}`).join('\n');
    expect(notes).toMatch(/release\.zip: no usable central directory .*local headers/);
    expect(notes).toMatch(/bomb\.zip: archive partly read: entry larger than 64 MB/);
  });
});

describe('a gzipped file cut short', () => {
  it('is read as far as it goes, as gunzip and zcat print it, with a note', () => {
    const repo = newRepo();
    const key = keys.maxProd();
    const gz = zlib.gzipSync(`MAXAI_API_KEY=${key}\n${keys.alnum(60_000)}\n`);
    repo.write('deploy.env.gz', gz.subarray(0, gz.length >> 1));
    // Before: "not readable as an archive (unexpected end of file)", then "binary file skipped": exit 0.
    const { code, report } = runJson(repo.dir, ['scan', '.']);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.file)).toEqual(['deploy.env.gz!deploy.env']);
    expect(report.notes).toContainEqual({
      file: 'deploy.env.gz',
      reason: 'gzip stream cut short (unexpected end of file); read as far as it goes',
    });
  });
});
