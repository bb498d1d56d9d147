// The Action as the runner gets it: the repository's files at a tag, no node_modules, nothing installed. Its
// bundle (dist/action.js, with @actions/core inside) must start and do the whole job from that alone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pullRequestPayload, runAction } from '../helpers/action-runner.js';
import { tempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';
import { commitAll, git } from '../helpers/git-repo.js';
import { ROOT } from '../helpers/git.js';

const key = fakeKeys(1931).maxProd();
let tmp: { dir: string; cleanup: () => void };
let action: string;

/** This checkout's files as a tag would hold them (working-tree changes included), without node_modules. */
function copyAsReleased(to: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout;
  for (const file of listed.split('\0').filter(Boolean)) {
    const from = path.join(ROOT, file);
    if (!fs.existsSync(from) || !fs.statSync(from).isFile()) continue;
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    fs.copyFileSync(from, path.join(to, file));
  }
}

beforeAll(() => {
  tmp = tempDir('keylint-action-bundle-');
  action = path.join(tmp.dir, 'keylint-action');
  copyAsReleased(action);
});
afterAll(() => tmp.cleanup());

it('runs from the committed bundle alone, with no node_modules anywhere above it', { timeout: 120_000 }, async () => {
  for (let at = action; path.dirname(at) !== at; at = path.dirname(at))
    expect(fs.existsSync(path.join(at, 'node_modules'))).toBe(false);
  const repo = path.join(tmp.dir, 'repo');
  fs.mkdirSync(repo);
  git(repo, 'init', '-q');
  writeTree(repo, { 'README.md': '# app\n' });
  const baseSha = commitAll(repo, 'base');
  writeTree(repo, { '.env.development': `MAXAI_API_KEY=${key}\n` });
  const headSha = commitAll(repo, 'add key');
  const run = await runAction({
    main: path.join(action, 'dist', 'action.js'),
    workspace: repo,
    runnerTemp: tmp.dir,
    eventName: 'pull_request',
    payload: pullRequestPayload({ number: 1, baseSha, headSha }),
    inputs: { mode: 'pr', 'fail-on': 'critical' },
  });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^::error title=keylint maxai-prod-key \(critical\),file=\.env\.development,line=1,/m);
  expect(run.outputs).toMatchObject({ critical: '2', failing: '2' });
  expect(run.summary).toContain('## keylint: 2 findings');
});
