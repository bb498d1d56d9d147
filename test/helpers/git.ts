// Real git repositories in temp dirs, with fixed identities and dates so that every run is the same.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/** The worktree root, for spawning the built CLI. */
export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const CLI = path.join(ROOT, 'bin', 'keylint.js');

let clock = Date.parse('2024-01-01T00:00:00Z');

/** Environment for git: fixed author and committer, and a date one minute after the previous commit's. */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const date = new Date((clock += 60_000)).toISOString();
  return {
    ...process.env,
    GIT_AUTHOR_NAME: 'Ada Tester',
    GIT_AUTHOR_EMAIL: 'ada@example.test',
    GIT_COMMITTER_NAME: 'Ada Tester',
    GIT_COMMITTER_EMAIL: 'ada@example.test',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    NO_COLOR: '1',
    ...extra,
  };
}

/** A fresh repository on branch main; `git(...)` runs in it, `write` and `commit` build history. */
export function makeRepo(prefix = 'keylint-git-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: gitEnv(), encoding: 'utf8' }).trim();
  git('-c', 'init.defaultBranch=main', 'init', '-q');
  const write = (file: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  };
  /** Writes the files, stages everything and commits; returns the new commit id. */
  const commit = (files: Record<string, string | Buffer | null>, message = 'change') => {
    for (const [file, content] of Object.entries(files)) {
      if (content === null) fs.rmSync(path.join(dir, file), { force: true });
      else write(file, content);
    }
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  return { dir, git, write, commit, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the built CLI in `cwd`; returns exit code, stdout and stderr. */
export function runCli(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, env: gitEnv(), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI with `--format json` and parses the report. */
export function runJson(cwd: string, args: string[]) {
  const { code, stdout, stderr } = runCli(cwd, [...args, '--format', 'json']);
  if (code !== 0 && code !== 1) throw new Error(`keylint exited ${code}: ${stderr}`);
  return { code, report: JSON.parse(stdout) as import('../../src/types.js').Report };
}

/** Temp repositories for one test file, removed after each test; `initial` commits a README first. */
export function useRepos(options: { initial?: boolean } = {}): () => ReturnType<typeof makeRepo> {
  const repos: Array<ReturnType<typeof makeRepo>> = [];
  afterEach(() => {
    while (repos.length) repos.pop()!.cleanup();
  });
  return () => {
    const r = makeRepo();
    repos.push(r);
    if (options.initial) r.commit({ 'README.md': 'project\n' }, 'initial');
    return r;
  };
}
