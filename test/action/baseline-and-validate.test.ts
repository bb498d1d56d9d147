// The Action's `baseline` and `validate` inputs in each of its modes: a pull request's diff, the full
// tree and the history all take them, as the CLI's scanning commands all do.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestPayload, runAction } from '../helpers/action-runner.js';
import { runCli, tempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';
import { commitAll, git } from '../helpers/git-repo.js';
import { type Emulator, maiagent, maxai, novamed, startEmulator } from '../helpers/vendor-emulator.js';

const key = fakeKeys(1805).maxProd();
let tmp: { dir: string; cleanup: () => void };
let repo: string;
let pr: ReturnType<typeof pullRequestPayload>;

beforeAll(() => {
  tmp = tempDir('keylint-action-inputs-');
  repo = path.join(tmp.dir, 'repo');
  fs.mkdirSync(repo);
  git(repo, 'init', '-q');
  writeTree(repo, { 'README.md': '# app\n' });
  const baseSha = commitAll(repo, 'base');
  git(repo, 'checkout', '-q', '-b', 'feature');
  writeTree(repo, { 'config/app.env': `MAXAI_API_KEY=${key}\n` });
  const headSha = commitAll(repo, 'add key');
  pr = pullRequestPayload({ number: 3, baseSha, headSha });
  expect(runCli(['baseline', '.', '-o', path.join(tmp.dir, 'baseline.json')], repo).code).toBe(0);
});
afterAll(() => tmp.cleanup());

const running: Emulator[] = [];
const saved = { ...process.env };
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
  process.env = { ...saved };
});

const MODES = ['pr', 'full', 'history'];

describe.each(MODES)('mode %s', (mode) => {
  it('fails on the key, and passes once the baseline input accepts it', { timeout: 120_000 }, async () => {
    const inputs = { mode, 'github-token': '' };
    const run = (extra: Record<string, string>) =>
      runAction({
        workspace: repo,
        runnerTemp: tmp.dir,
        eventName: 'pull_request',
        payload: pr,
        inputs: { ...inputs, ...extra },
      });
    const found = await run({});
    expect(found.code).toBe(1);
    expect(Number(found.outputs.total)).toBeGreaterThan(0);
    const accepted = await run({ baseline: path.join(tmp.dir, 'baseline.json') });
    expect(accepted.stdout).not.toContain('::error');
    expect(accepted.code).toBe(0);
    expect(accepted.outputs.total).toBe('0');
  });

  it('asks the vendor about the key with validate: true', { timeout: 120_000 }, async () => {
    const max = await startEmulator(maxai(), { [key]: 'valid' });
    running.push(max, await startEmulator(novamed()), await startEmulator(maiagent()));
    Object.assign(process.env, {
      KEYLINT_VALIDATION_BASE_URL_MAXAI: max.url,
      KEYLINT_VALIDATION_BASE_URL_NOVAMED: running[1]!.url,
      KEYLINT_VALIDATION_BASE_URL_MAIAGENT: running[2]!.url,
      KEYLINT_ALLOW_INSECURE_TEST_ENDPOINTS: '1',
    });
    const result = await runAction({
      workspace: repo,
      runnerTemp: tmp.dir,
      eventName: 'pull_request',
      payload: pr,
      inputs: { mode, validate: 'true', 'github-token': '' },
    });
    expect(result.code).toBe(1);
    expect(max.seen.length).toBeGreaterThan(0);
    expect(result.stdout).not.toContain(key);
  });
});
