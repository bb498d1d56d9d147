// Boundary: a change's UTF-16 files. UTF-16 .env files are common on Windows, and the engine decodes them; git counts
// their lines at every 0x0A byte when told to diff them as text (a `diff` attribute). A pull request must not hide a
// key, or a marker that allows one, in the difference between the two.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { fakeKeys } from '../helpers/fake.js';
import { runCli, useRepos } from '../helpers/git.js';

const newRepo = useRepos();
const keys = fakeKeys(1731);
const BOM = Buffer.from([0xff, 0xfe]);
const utf16 = (text: string, bom = true) => Buffer.concat([bom ? BOM : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);

function diff(dir: string, base: string, head: string): { code: number | null; report: Report } {
  const run = runCli(dir, ['diff', `${base}..${head}`, '--format', 'json']);
  if (run.code !== 0 && run.code !== 1) throw new Error(`keylint exited ${run.code}: ${run.stderr}`);
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

const found = (report: Report) => report.findings.map((f) => [f.file, f.ruleId]);

describe("a change's UTF-16 files are read as the engine reads them", () => {
  it('a key on a line git numbers differently (U+0A41 holds a 0x0A byte) is found', () => {
    const repo = newRepo();
    const base = repo.commit({ '.gitattributes': '*.env diff\n', 'app.env': utf16('A=1\r\n'.repeat(10)) }, 'base');
    // Five U+0A41 on line 1 are five more lines to git: the key's line 11 is an unchanged line 11 in git's count.
    const changed = `A=${'\u0a41'.repeat(5)}\r\n${'A=1\r\n'.repeat(9)}MAXAI_API_KEY=${keys.maxProd()}\r\n`;
    const head = repo.commit({ 'app.env': utf16(changed) }, 'pull request');
    const { code, report } = diff(repo.dir, base, head);
    expect(code).toBe(1);
    expect(found(report)).toEqual([['app.env', 'maxai-prod-key']]);
  });

  it('a key the base already held in the same UTF-16 file is still not reported again', () => {
    const repo = newRepo();
    const old = `MAXAI_API_KEY=${keys.maxProd()}\r\n`;
    const base = repo.commit({ '.gitattributes': '*.env diff\n', 'app.env': utf16(old) }, 'base');
    const head = repo.commit({ 'app.env': utf16(`${old}B=2\r\n`) }, 'pull request');
    expect(diff(repo.dir, base, head)).toMatchObject({ code: 0, report: { findings: [] } });
  });

  it('an allow marker added in a UTF-16 file git diffs as text is reported', () => {
    const repo = newRepo();
    const base = repo.commit({ 'README.md': 'clinic\n' }, 'base');
    const line = `MAXAI_API_KEY=${keys.maxProd()} # keylint:allow\r\n`;
    const head = repo.commit({ '.gitattributes': '*.env diff\n', 'app.env': utf16(line) }, 'pull request');
    const { code, report } = diff(repo.dir, base, head);
    expect(code).toBe(1);
    expect(found(report)).toEqual([['app.env', 'scan-weakened']]);
  });

  it('an allow marker added in UTF-16 without a byte-order mark is reported', () => {
    const repo = newRepo();
    const base = repo.commit({ 'README.md': 'clinic\n' }, 'base');
    const line = `MAXAI_API_KEY=${keys.maxProd()} # keylint:allow\r\nOTHER=1\r\n`;
    const head = repo.commit({ 'app.env': utf16(line, false) }, 'pull request');
    const { code, report } = diff(repo.dir, base, head);
    expect(code).toBe(1);
    expect(found(report)).toEqual([['app.env', 'scan-weakened']]);
  });

  it('a key on a misnumbered line is found when the patch is too large to hold (no context)', () => {
    const repo = newRepo();
    // big.txt is allowed: git puts it in the patch, the engine does not spend the test's time on it.
    const config = JSON.stringify({ allow: { paths: ['big.txt'] } });
    const files = { '.gitattributes': '*.env diff\n', '.keylint.json': config, 'app.env': utf16('A=1\r\n'.repeat(10)) };
    const base = repo.commit(files, 'base');
    const changed = `A=${'\u0a41'.repeat(5)}\r\n${'A=1\r\n'.repeat(9)}MAXAI_API_KEY=${keys.maxProd()}\r\n`;
    // 33 MB of new lines put the patch over its 32 MB limit: it is read again without context.
    const big = `${'x'.repeat(63)}\n`;
    const head = repo.commit({ 'app.env': utf16(changed), 'big.txt': big.repeat(33 * 16384) }, 'pull request');
    const { code, report } = diff(repo.dir, base, head);
    expect(code).toBe(1);
    expect(found(report)).toEqual([['app.env', 'maxai-prod-key']]);
  });
});
