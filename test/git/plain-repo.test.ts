// The on-disk repository lookup that spares a pre-commit run its `git rev-parse`: wherever it answers, it must give
// git's own answer; wherever git's discovery works differently (worktrees, submodules, GIT_DIR, core.worktree, bare
// repositories, the inside of .git), it must leave the question to git.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plainRepo } from '../../src/git/plain-repo.js';
import { openRepo } from '../../src/git/repo.js';
import { commitAll, git } from '../helpers/git-repo.js';

const temp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-plain-repo-')));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

/** A repository with one commit, at `temp/name`. */
function repoAt(name: string): string {
  const dir = path.join(temp, name);
  fs.mkdirSync(path.join(dir, 'src', 'deep'), { recursive: true });
  git(dir, 'init', '-q');
  fs.writeFileSync(path.join(dir, 'src', 'deep', 'a.ts'), 'export const a = 1;\n');
  commitAll(dir, 'first');
  return dir;
}

/** What git itself says: the top level and whether the repository is shallow. */
function gitSays(dir: string): { root: string; shallow: boolean } {
  const [shallow, root] = git(dir, 'rev-parse', '--is-shallow-repository', '--show-toplevel').split('\n');
  return { root: root!, shallow: shallow === 'true' };
}

describe('plainRepo', () => {
  const main = repoAt('main');

  it("gives git's top level from the top, a subfolder and a symlinked path", () => {
    for (const dir of [main, path.join(main, 'src'), path.join(main, 'src', 'deep')]) {
      expect(plainRepo(dir, {})).toEqual(gitSays(dir));
    }
    const link = path.join(temp, 'link');
    fs.symlinkSync(path.join(main, 'src'), link);
    expect(plainRepo(link, {})).toEqual(gitSays(link));
    expect(plainRepo(link, {})!.root).toBe(main);
  });

  it('finds the nearest repository: one nested in another, and a shallow clone', () => {
    const shallow = path.join(temp, 'shallow');
    fs.writeFileSync(path.join(main, 'b.ts'), 'export const b = 2;\n');
    commitAll(main, 'second');
    git(temp, 'clone', '-q', '--depth', '1', `file://${main}`, shallow);
    expect(gitSays(shallow).shallow).toBe(true);
    expect(plainRepo(path.join(shallow, 'src'), {})).toEqual(gitSays(path.join(shallow, 'src')));

    const nested = path.join(main, 'src', 'inner');
    fs.mkdirSync(nested);
    git(nested, 'init', '-q');
    expect(plainRepo(nested, {})).toEqual(gitSays(nested));
    expect(plainRepo(nested, {})!.root).toBe(nested);
  });

  it('leaves worktrees, submodules, bare repositories and the inside of .git to git', () => {
    const worktree = path.join(temp, 'worktree');
    git(main, 'worktree', 'add', '-q', worktree);
    expect(plainRepo(worktree, {})).toBeUndefined();

    const outer = repoAt('outer');
    git(outer, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', `file://${main}`, 'lib');
    expect(plainRepo(path.join(outer, 'lib', 'src'), {})).toBeUndefined();

    const bare = path.join(temp, 'bare.git');
    git(temp, 'clone', '-q', '--bare', `file://${main}`, bare);
    expect(plainRepo(bare, {})).toBeUndefined();
    expect(plainRepo(path.join(main, '.git', 'refs'), {})).toBeUndefined();
    expect(plainRepo(temp, {})).toBeUndefined();
  });

  it('leaves the question to git when the environment or the config moves the top level', () => {
    expect(plainRepo(main, { GIT_DIR: path.join(main, '.git') })).toBeUndefined();
    expect(plainRepo(main, { GIT_WORK_TREE: main })).toBeUndefined();
    expect(plainRepo(main, { GIT_CEILING_DIRECTORIES: temp })).toBeUndefined();
    expect(plainRepo(main, { GIT_CONFIG_COUNT: '1' })).toBeUndefined();

    const moved = repoAt('moved');
    const elsewhere = path.join(temp, 'elsewhere');
    fs.mkdirSync(elsewhere);
    git(moved, 'config', 'core.worktree', elsewhere);
    expect(plainRepo(moved, {})).toBeUndefined();
    git(moved, 'config', '--unset', 'core.worktree');
    git(moved, 'config', 'core.bare', 'true');
    expect(plainRepo(moved, {})).toBeUndefined();
  });
});

describe('openRepo', () => {
  it("gives git's answer whichever way it finds the repository", async () => {
    const main = path.join(temp, 'main');
    for (const dir of [main, path.join(temp, 'worktree'), path.join(temp, 'outer', 'lib', 'src')]) {
      expect(await openRepo(dir)).toEqual(gitSays(dir));
    }
    expect(await openRepo(path.join(temp, 'bare.git'))).toEqual({ root: path.join(temp, 'bare.git'), shallow: false });
  });
});
