// Boundary: a work tree may hold a FIFO where git reads its ignore and attribute files. git opens them with a plain
// open(2) and would wait for a writer for ever; keylint must stop with one line instead of waiting with it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake.js';
import { gitEnv, useRepos } from '../helpers/git.js';

const BIN = path.resolve(import.meta.dirname, '..', '..', 'bin', 'keylint.js');
const newRepo = useRepos({ initial: true });
const keys = fakeKeys(4242);

/** Runs the CLI, stopped after 20 s; then lets go of any git still waiting on `fifo` (a writer that closes at once). */
function runAgainst(cwd: string, args: string[], fifo: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, env: gitEnv(), encoding: 'utf8', timeout: 20_000 });
  try {
    fs.closeSync(fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
  } catch {
    // No reader waiting (ENXIO): nothing left blocked.
  }
  return { code: run.status, stderr: run.stderr, timedOut: run.error !== undefined };
}

describe('a FIFO where git reads ignore or attribute files', () => {
  const cases: Array<{ fifo: string; command: string[] }> = [
    { fifo: '.gitignore', command: ['scan', '.'] },
    { fifo: 'deep/er/.gitignore', command: ['scan', '.'] },
    { fifo: '.git/info/exclude', command: ['scan', '.'] },
    { fifo: '.gitattributes', command: ['staged'] },
    { fifo: '.gitattributes', command: ['diff', 'HEAD~1..HEAD'] },
  ];
  for (const { fifo, command } of cases) {
    it(`${fifo}, keylint ${command.join(' ')}: one line naming it, exit 2, no wait`, () => {
      const repo = newRepo();
      repo.commit({ 'src/client.ts': `export const key = '${keys.maxProd()}';\n` });
      repo.write('src/staged.ts', `export const key = '${keys.maxProd()}';\n`);
      repo.git('add', 'src/staged.ts');
      const at = path.join(repo.dir, fifo);
      fs.mkdirSync(path.dirname(at), { recursive: true });
      fs.rmSync(at, { force: true });
      expect(spawnSync('mkfifo', [at]).status).toBe(0);
      const run = runAgainst(repo.dir, [...command, '--format', 'json'], at);
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^keylint: ${fifo.replace(/\./g, '\\.')}: not a regular file[^\n]*\n$`));
    });
  }

  it('a FIFO under any other name is no reason to stop: the scan goes on and finds the key', () => {
    const repo = newRepo();
    repo.commit({ 'src/client.ts': `export const key = '${keys.maxProd()}';\n` });
    const at = path.join(repo.dir, 'notes.fifo');
    expect(spawnSync('mkfifo', [at]).status).toBe(0);
    const run = runAgainst(repo.dir, ['scan', '.', '--format', 'json'], at);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(1);
  });
});

describe("a FIFO that the repository's own .git/config names", () => {
  // A repository handed over (a tarball with its .git) carries its config. git opens an include on every call and an
  // excludes file on every walk, with the same plain open(2). Before: every command waited for ever (the stall check
  // asked git rev-parse, which waited on the include too).
  const cases: Array<{ section: string; name: string; key: string; outside: boolean; command: string[] }> = [
    { section: '[include]', name: 'path', key: 'include.path', outside: false, command: ['scan', '.'] },
    { section: '[include]', name: 'path', key: 'include.path', outside: false, command: ['git', '.'] },
    { section: '[include]', name: 'path', key: 'include.path', outside: false, command: ['staged'] },
    {
      section: '[includeIf "gitdir:/"]',
      name: 'path',
      key: 'includeif.gitdir:/.path',
      outside: false,
      command: ['scan', '.'],
    },
    { section: '[core]', name: 'excludesFile', key: 'core.excludesfile', outside: true, command: ['scan', '.'] },
    { section: '[core]', name: 'excludesFile', key: 'core.excludesfile', outside: true, command: ['staged'] },
  ];
  for (const { section, name, key, outside, command } of cases) {
    it(`${key}, keylint ${command.join(' ')}: one line naming it, exit 2, no wait`, () => {
      const repo = newRepo();
      repo.commit({ 'src/client.ts': `export const key = '${keys.maxProd()}';\n` });
      repo.write('src/staged.ts', `export const key = '${keys.maxProd()}';\n`);
      repo.git('add', 'src/staged.ts');
      const fifo = path.join(path.dirname(repo.dir), `fifo-${path.basename(repo.dir)}`);
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      try {
        // An excludes file relative to the top level, an include absolute. Written by hand: git config itself would
        // wait on the include once it is there.
        const value = outside ? `../${path.basename(fifo)}` : fifo;
        fs.appendFileSync(path.join(repo.dir, '.git', 'config'), `${section}\n\t${name} = ${value}\n`);
        const run = runAgainst(repo.dir, [...command, '--format', 'json'], fifo);
        expect(run.timedOut).toBe(false);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(`${fifo} (${key.toLowerCase()} in .git/config): not a regular file`);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
      } finally {
        fs.rmSync(fifo, { force: true });
      }
    }, 60_000);
  }
});

describe('a FIFO in the git directory itself', () => {
  // git makes none of these as FIFOs, and opens each with a plain open(2). Before: keylint waited for ever, on its own
  // read of .git/config (the fast discovery of an ordinary checkout) or on git, whose stall the check missed, or took
  // the stopped git for an answer ("has no commits yet").
  const cases: Array<{ fifo: string; command: string[] }> = [
    { fifo: '.git/config', command: ['git', '.'] },
    { fifo: '.git/config', command: ['staged'] },
    { fifo: '.git/packed-refs', command: ['git', '.'] },
    { fifo: '.git/index', command: ['scan', '.'] },
  ];
  for (const { fifo, command } of cases) {
    it(`${fifo}, keylint ${command.join(' ')}: one line naming it, exit 2, no wait`, () => {
      const repo = newRepo();
      repo.commit({ 'src/client.ts': `export const key = '${keys.maxProd()}';\n` });
      const at = path.join(repo.dir, fifo);
      fs.rmSync(at, { force: true });
      expect(spawnSync('mkfifo', [at]).status).toBe(0);
      const run = runAgainst(repo.dir, [...command, '--format', 'json'], at);
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`${fifo.replace(/\./g, '\\.')}: not a regular file[^\n]*\n$`));
    }, 60_000);
  }
});
