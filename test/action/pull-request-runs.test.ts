// The GitHub Action end to end: real git repos, the built entry point in a simulated runner, a loopback GitHub API.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAction, pullRequestPayload } from '../helpers/action-runner.js';
import { tempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api.js';
import { commitAll, git } from '../helpers/git-repo.js';

const keys = fakeKeys(61);
const prod = keys.maxProd();
const legacy = keys.maxDev();

let tmp: { dir: string; cleanup: () => void };
let api: FakeGitHub;
let repo: string;
let baseSha: string;
let headSha: string;

/** A repo on main with an old key in legacy code, and a PR branch that adds a prod key to `.env.development`. */
function buildRepo(root: string): void {
  fs.mkdirSync(root);
  git(root, 'init', '-q');
  writeTree(root, {
    'README.md': '# clinic-web\n\nSee docs.\n',
    '.env.development': '# local development\nMAXAI_API_URL=https://api.maxcare.ai\n',
    'src/legacy.ts': `// old client\nconst staging = '${legacy}';\nexport const x = 1;\n`,
  });
  baseSha = commitAll(root, 'base');
  git(root, 'checkout', '-q', '-b', 'feature');
  fs.appendFileSync(path.join(root, '.env.development'), `MAXAI_API_KEY=${prod}\n`);
  headSha = commitAll(root, 'add key');
}

beforeAll(() => {
  tmp = tempDir('keylint-action-');
  repo = path.join(tmp.dir, 'repo');
  buildRepo(repo);
});
afterAll(() => tmp.cleanup());
beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  await api.close();
});

const run = (inputs: Record<string, string>, payload: unknown, eventName = 'pull_request', workspace = repo) =>
  runAction({ workspace, runnerTemp: tmp.dir, eventName, payload, inputs, apiUrl: api.url });

describe('pull request, diff mode', async () => {
  it('comments on the added line, fails, updates on the next push, and passes unrelated changes', async () => {
    const pr = pullRequestPayload({ number: 7, baseSha, headSha });
    const first = await run({ mode: 'pr', 'github-token': 'ghs_test' }, pr);
    expect(first.code).toBe(1);
    // The key and its policy (a production key in a development config) share one comment.
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]).toMatchObject({ path: '.env.development', line: 3, side: 'RIGHT', commit_id: headSha });
    expect(api.comments[0]!.body).toContain('maxai-prod-key');
    expect(api.comments[0]!.body).toContain('prod-key-in-dev-config');
    expect(first.outputs.total).toBe('2');
    expect(first.outputs.critical).not.toBe('0');
    expect(first.summary).toContain('| severity | rule |');
    expect(first.summary + first.stdout).not.toContain(prod);
    expect(first.stdout).toContain('::error title=keylint maxai-prod-key (critical),file=.env.development,line=3,');
    expect(first.summary).not.toContain('src/legacy.ts');

    const before = api.comments.length;
    git(repo, 'checkout', '-q', 'feature');
    fs.appendFileSync(path.join(repo, 'README.md'), 'More docs.\n');
    const second = await run(
      { mode: 'pr', 'github-token': 'ghs_test' },
      pullRequestPayload({ number: 7, baseSha, headSha: commitAll(repo, 'docs') }),
    );
    expect(second.code).toBe(1);
    expect(api.comments.length).toBe(before);
    expect(api.requests.filter((r) => r.method === 'PATCH').length).toBe(before);

    git(repo, 'checkout', '-q', '-b', 'unrelated', baseSha);
    fs.appendFileSync(path.join(repo, 'src/legacy.ts'), 'export const y = 2;\n');
    const clean = await run(
      { mode: 'pr', 'github-token': 'ghs_test' },
      pullRequestPayload({ number: 8, baseSha, headSha: commitAll(repo, 'unrelated') }),
    );
    git(repo, 'checkout', '-q', 'feature');
    expect(clean.code).toBe(0);
    expect(clean.outputs.total).toBe('0');
    expect(api.comments.filter((c) => c.pull.endsWith('#8'))).toEqual([]);
  });
});

describe('pull request, full mode', async () => {
  it('posts one comment per location with a marker, then updates instead of piling up', async () => {
    const pr = pullRequestPayload({ number: 9, baseSha, headSha });
    const first = await run({ mode: 'full', 'github-token': 'ghs_test', 'fail-on': 'high' }, pr);
    expect(first.code).toBe(1);
    expect(Number(first.outputs.total)).toBeGreaterThan(api.comments.length);
    expect(api.comments.map((c) => `${c.path}:${c.line}`).sort()).toEqual(['.env.development:3', 'src/legacy.ts:2']);
    for (const c of api.comments) expect(c.body).toMatch(/^<!-- keylint:[0-9a-f]{32} -->\n/);
    expect(api.requests.every((r) => r.authorization === 'token ghs_test')).toBe(true);

    const second = await run({ mode: 'full', 'github-token': 'ghs_test', 'fail-on': 'high' }, pr);
    expect(second.code).toBe(1);
    expect(api.comments.length).toBe(2);
    expect(api.requests.filter((r) => r.method === 'POST').length).toBe(api.comments.length);
    expect(api.requests.filter((r) => r.method === 'PATCH').length).toBe(api.comments.length);
  });

  it('degrades to annotations and a summary note for a fork PR without a token', async () => {
    const pr = pullRequestPayload({ number: 10, baseSha, headSha, headRepo: 'stranger/clinic-web' });
    const result = await run({ mode: 'full', 'github-token': '' }, pr);
    expect(result.code).toBe(1);
    expect(api.requests).toEqual([]);
    expect(result.summary).toMatch(/fork: its token is read-only, so review comments were skipped/);
    expect(result.stdout).toContain(
      '::error title=keylint maxai-prod-key (critical),file=.env.development,line=3,col=',
    );
    expect(result.stdout).toMatch(/::warning::pull request from a fork/);
    expect(result.summary + result.stdout).not.toContain(prod);
  });

  it('degrades with a note when the API answers 403, and never fails for that alone', async () => {
    api.deny.push({ prefix: '/repos/', status: 403 });
    const result = await run(
      { mode: 'full', 'github-token': 'ghs_readonly', 'fail-on': 'critical' },
      pullRequestPayload({ number: 11, baseSha, headSha }),
    );
    expect(result.code).toBe(1);
    expect(result.summary).toMatch(/review comments skipped: .*HTTP 403/);
    expect(api.comments).toEqual([]);
  });

  it('passes with zero counts on a clean tree and says so when no token is given', async () => {
    const clean = path.join(tmp.dir, 'clean');
    fs.mkdirSync(clean);
    git(clean, 'init', '-q');
    writeTree(clean, { 'index.ts': 'export const apiKey = process.env.MAXAI_API_KEY;\n' });
    const sha = commitAll(clean, 'clean');
    const result = await run(
      { mode: 'full' },
      pullRequestPayload({ number: 12, baseSha: sha, headSha: sha }),
      'pull_request',
      clean,
    );
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ total: '0', critical: '0', high: '0', medium: '0', low: '0', failing: '0' });
    expect(result.summary).toContain('## keylint: no findings');
  });
});

describe('inputs, errors and SARIF', async () => {
  it('rejects a bad input with exit 2 and an error annotation naming it', async () => {
    const result = await run({ mode: 'everything' }, pullRequestPayload({ number: 13, baseSha, headSha }));
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^::error title=keylint::input "mode": unknown value "everything"/m);
  });

  it('writes the SARIF file; a SARIF run that fails is a note, and the scan still decides the step', async () => {
    const sarif = path.join(tmp.dir, 'keylint.sarif');
    const result = await run({ mode: 'full', 'sarif-file': sarif }, { ref: 'refs/heads/main' }, 'workflow_dispatch');
    expect(result.code).toBe(1);
    expect(result.outputs['sarif-file']).toBe(sarif);
    expect(JSON.parse(fs.readFileSync(sarif, 'utf8')).version).toBe('2.1.0');
    const nowhere = path.join(tmp.dir, 'no-such-folder', 'keylint.sarif');
    const failed = await run({ mode: 'full', 'sarif-file': nowhere }, { ref: 'refs/heads/main' }, 'workflow_dispatch');
    expect(failed.code).toBe(1);
    expect(failed.outputs['sarif-file']).toBe('');
    expect(failed.summary).toContain('sarif-file: SARIF run failed: keylint: ');
  });
});
