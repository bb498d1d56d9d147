// The pre-commit framework's own client installs keylint from this repository and runs it: a commit adding a
// key is blocked and a clean one passes, with the bundle run as it is (`keylint`) and installed by pre-commit's
// node language (`keylint-node`). CI installs Debian's pre-commit (.ci/run); elsewhere the test runs
// when a pre-commit client is on PATH.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeKeys } from './helpers/fake.js';
import { ROOT, gitEnv, makeRepo } from './helpers/git.js';

const keys = fakeKeys(1919);
const client = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const available = client.status === 0;
if (!available && process.env.CI) throw new Error("pre-commit is not installed: .ci/run installs Debian's package");

let published: ReturnType<typeof makeRepo>;
let home: string;
/** The release tag of this version, as the README's snippets name it: `v` and package.json's version. */
const tag = `v${(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}`;

/**
 * This repository as a git host would serve it, working-tree changes included, in a commit of its own, tagged
 * as a release is.
 */
function publishThisRepository(): void {
  published = makeRepo('keylint-published-');
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout;
  for (const file of listed.split('\0').filter(Boolean)) {
    const from = path.join(ROOT, file);
    if (!fs.existsSync(from) || !fs.statSync(from).isFile()) continue;
    fs.mkdirSync(path.dirname(path.join(published.dir, file)), { recursive: true });
    fs.copyFileSync(from, path.join(published.dir, file));
  }
  published.git('add', '-A', '--force');
  published.git('commit', '-q', '-m', 'release');
  published.git('tag', tag);
}

function preCommit(cwd: string, args: string[]) {
  const run = spawnSync('pre-commit', args, {
    cwd,
    env: gitEnv({ PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: 'never' }),
    encoding: 'utf8',
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

/**
 * The README's pre-commit snippet, pointed at the local copy instead of the GitHub repository; its `rev:` is
 * kept as written: the release tag of this version.
 */
function readmeConfig(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const snippet = /```yaml\n(# \.pre-commit-config\.yaml\n[\s\S]*?)```/.exec(readme)?.[1];
  if (!snippet) throw new Error('README has no .pre-commit-config.yaml snippet');
  expect(snippet).toMatch(/^\s+- repo: https:\/\/github\.com\/\S+\/keylint$/m);
  expect(snippet).toMatch(new RegExp(`^\\s+rev: ${tag.replace(/\./g, '\\.')}$`, 'm'));
  return snippet.replace(/repo: \S+/, `repo: ${published.dir}`);
}

describe.runIf(available)(`pre-commit framework (${client.stdout?.trim() || 'not installed'})`, () => {
  beforeAll(() => {
    publishThisRepository();
    home = fs.mkdtempSync(path.join(published.dir, '..', 'keylint-pre-commit-home-'));
  });
  afterAll(() => {
    published.cleanup();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('try-repo: blocks a staged key and passes a clean change', { timeout: 600_000 }, () => {
    const user = makeRepo('keylint-pre-commit-user-');
    user.commit({ 'README.md': '# app\n' });
    user.write('.env.development', `MAXAI_API_KEY=${keys.maxProd()}\n`);
    user.git('add', '-A');
    const blocked = preCommit(user.dir, ['try-repo', published.dir, 'keylint', '--ref', tag]);
    expect(blocked.output).toContain('maxai-prod-key');
    expect(blocked.output).toMatch(/keylint \(Max AI, NovaMed, MaiAgent keys\)\.+Failed/);
    expect(blocked.code).toBe(1);
    expect(blocked.output).not.toContain(keys.maxProd().slice(12));

    user.write('.env.development', 'MAXAI_API_KEY=\n');
    user.git('add', '-A');
    const clean = preCommit(user.dir, ['try-repo', published.dir, 'keylint', '--ref', tag]);
    expect(clean.output).toMatch(/keylint \(Max AI, NovaMed, MaiAgent keys\)\.+Passed/);
    expect(clean.code).toBe(0);
    user.cleanup();
  });

  it("keylint-node: installed by pre-commit's node language, it blocks a staged key too", { timeout: 600_000 }, () => {
    const user = makeRepo('keylint-pre-commit-user-');
    user.commit({ 'README.md': '# app\n' });
    user.write('config/.env.development', `MAXAI_API_KEY=${keys.maxProd()}\n`);
    user.git('add', '-A');
    const blocked = preCommit(user.dir, ['try-repo', published.dir, 'keylint-node', '--ref', tag]);
    expect(blocked.output).toContain('maxai-prod-key');
    expect(blocked.output).toMatch(/keylint \(Max AI, NovaMed, MaiAgent keys\)\.+Failed/);
    expect(blocked.code).toBe(1);
    user.cleanup();
  });

  it('the README snippet, installed as a git hook, blocks a real commit', { timeout: 600_000 }, () => {
    const user = makeRepo('keylint-pre-commit-user-');
    user.write('.pre-commit-config.yaml', readmeConfig());
    user.commit({ 'README.md': '# app\n' });
    expect(preCommit(user.dir, ['install']).code).toBe(0);
    const key = keys.maxDev();
    user.write('src/client.ts', `export const MAXAI_API_KEY = '${key}';\n`);
    user.git('add', '-A');
    const commit = spawnSync('git', ['commit', '-q', '-m', 'key'], {
      cwd: user.dir,
      env: gitEnv({ PRE_COMMIT_HOME: home }),
      encoding: 'utf8',
    });
    expect(commit.status).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('maxai-dev-key');
    expect(user.git('rev-list', '--count', 'HEAD')).toBe('1');
    user.cleanup();
  });
});
