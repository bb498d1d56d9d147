// Boundary: file names and the names a repository's config holds may carry line breaks, ESC and BEL. Echoed by a
// reporter or an error line they must stay one escaped name: no forged workflow command (a runner reads them on
// stdout and stderr), no second JUnit field, no terminal escape.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli, useTempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';

const root = useTempDir('keylint-sec-controls-');
const keys = fakeKeys(9090);
const FORGED = '\n::add-mask::forged\r::warning::forged\u001b[31mred\u0007';

/** Lines of `text` that a runner would take for a workflow command, other than keylint's own annotations. */
const forged = (text: string) => text.split(/\r?\n|\r/).filter((line) => /^::(add-mask|warning)/.test(line));

describe('control characters in names', () => {
  it('an error line naming a rule file the config chose is one line, escaped', () => {
    const dir = root();
    writeTree(dir, { '.keylint.json': JSON.stringify({ ruleFiles: [`rules${FORGED}.json`] }), 'a.txt': 'hello\n' });
    const run = runCli(['scan', '.'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).toContain('\\x0a::add-mask::forged\\x0d');
    expect(run.stderr).not.toMatch(/[\u0007\u001b]/);
  });

  it('the stack printed under --debug carries the same name escaped', () => {
    const dir = root();
    writeTree(dir, { '.keylint.json': JSON.stringify({ ruleFiles: [`rules${FORGED}.json`] }), 'a.txt': 'hello\n' });
    const run = runCli(['scan', '.', '--debug'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\n\s+at /);
    expect(forged(run.stderr)).toEqual([]);
    expect(run.stderr).not.toMatch(/[\u0007\u001b]/);
  });

  it('a file name in -f github and junit: no forged command, no ESC or BEL, no extra JUnit line', () => {
    const dir = root();
    writeTree(dir, { [`evil${FORGED}.js`]: `const key = '${keys.maxProd()}';\n` });
    const github = runCli(['scan', '.', '--format', 'github'], dir);
    expect(github.code).toBe(1);
    expect(forged(github.stdout)).toEqual([]);
    expect(github.stdout).not.toMatch(/[\u0007\u001b]/);
    expect(github.stdout).toContain('\\x1b[31mred\\x07');
    const junit = runCli(['scan', '.', '--format', 'junit'], dir);
    expect(junit.code).toBe(1);
    expect(forged(junit.stdout)).toEqual([]);
    expect(junit.stdout).toContain('evil\\x0a::add-mask::forged\\x0d::warning::forged\\x1b[31mred\\x07.js:1:14');
  });
});

describe('bidirectional controls in names (Trojan Source)', () => {
  // Shown as they are, U+202E reverses what follows it: `invoice\u202egpj.env` read as `invoicevne.jpg` in a terminal,
  // the HTML report, a job summary or an annotation, and a reviewer looked for the key in another file.
  it('are shown escaped in the human, GitHub, JUnit and HTML formats', () => {
    const dir = root();
    writeTree(dir, { 'invoice\u202egpj.env': `MAXAI_API_KEY=${keys.maxProd()}\n` });
    for (const format of ['human', 'github', 'junit', 'html']) {
      const run = runCli(['scan', '.', '--format', format], dir);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('invoice\\u202egpj.env');
      expect(run.stdout).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    }
  });

  // Invisible characters make one name read as another: the key is in `.env\u200b`, the reviewer opens `.env`.
  it('zero-width, word-joiner, separator and tag characters are shown escaped too', () => {
    const dir = root();
    const names = [
      'app/.env\u200b',
      'app/config\u2060.env',
      'app/sec\u00adrets.env',
      'app/x\u2028.env',
      'app/t\u{e0041}.env',
    ];
    writeTree(dir, Object.fromEntries(names.map((name) => [name, `MAXAI_API_KEY=${keys.maxProd()}\n`])));
    for (const format of ['human', 'github', 'junit', 'html']) {
      const run = runCli(['scan', '.', '--format', format], dir);
      expect(run.code).toBe(1);
      for (const shown of ['.env\\u200b', 'config\\u2060.env', 'sec\\u00adrets.env', 'x\\u2028.env', 't\\u{e0041}.env'])
        expect(run.stdout).toContain(shown);
      expect(run.stdout).not.toMatch(/[\p{Cf}\u2028\u2029]/u);
    }
  });
});

describe('control characters in commit authors', () => {
  it('the HTML report shows an author ESC and BEL escaped: read with cat, it cannot clear the screen or set the clipboard', () => {
    // HTML escaped only its markup: a commit author of `\x1b]52;c;…\x07` (OSC 52, a clipboard write) and `\x1b[2J`
    // reached report.html as they were, and fired in the terminal of whoever ran `cat report.html` or `less -R`.
    const dir = root();
    writeTree(dir, { '.env': `MAXAI_API_KEY=${keys.maxProd()}\n` });
    const author = 'evil\u001b]52;c;ZWNobyBwd25lZA==\u0007\u001b[2J';
    const git = (...args: string[]) => expect(spawnSync('git', args, { cwd: dir }).status).toBe(0);
    git('init', '-q');
    git('add', '.');
    git('-c', `user.name=${author}`, '-c', 'user.email=a@b', 'commit', '-qm', 'add');
    const run = runCli(['git', '-f', 'html'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('evil\\x1b]52;c;ZWNobyBwd25lZA==\\x07\\x1b[2J');
    expect(run.stdout).not.toMatch(/[\u0007\u001b]/);
  });
});
