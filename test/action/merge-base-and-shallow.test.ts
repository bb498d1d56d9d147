// The Action's pr mode checks what the merge adds (from the merge base, three-dot), in the one-commit checkout
// actions/checkout makes by default: it fetches the missing history from origin itself, or says which setting
// provides it. A key and the policy about it get one review comment.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestPayload, runAction } from '../helpers/action-runner.js';
import { tempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api.js';
import { commitAll, git } from '../helpers/git-repo.js';

const keys = fakeKeys(1931);
const oldKey = keys.maxDev();
const newKey = keys.maxProd();

let tmp: { dir: string; cleanup: () => void };
let api: FakeGitHub;
let origin: string;
/** The tip of main, after it removed the old key and moved on 60 commits past where the branches left it. */
let mainTip: string;
/** A branch from before the removal that changes only the README. */
let docsTip: string;
/** A branch from before the removal that adds a production key to a development config. */
let keyTip: string;
/** Where the branches left main. */
let forkPoint: string;

beforeAll(() => {
  tmp = tempDir('keylint-action-merge-base-');
  const work = path.join(tmp.dir, 'work');
  fs.mkdirSync(work);
  git(work, 'init', '-q');
  writeTree(work, {
    'README.md': '# clinic-web\n',
    'src/legacy.ts': `export const staging = '${oldKey}';\n`,
    '.env.development': 'MAXAI_API_URL=https://api.maxcare.ai\n',
  });
  forkPoint = commitAll(work, 'base');
  git(work, 'checkout', '-q', '-b', 'docs');
  fs.appendFileSync(path.join(work, 'README.md'), 'More docs.\n');
  docsTip = commitAll(work, 'docs');
  git(work, 'checkout', '-q', '-b', 'key', forkPoint);
  fs.appendFileSync(path.join(work, '.env.development'), `MAXAI_API_KEY=${newKey}\n`);
  keyTip = commitAll(work, 'add key');
  git(work, 'checkout', '-q', 'main');
  fs.writeFileSync(path.join(work, 'src/legacy.ts'), 'export const staging = process.env.MAXAI_API_KEY;\n');
  commitAll(work, 'remove the old key');
  // More than the first fetch depth (50): the Action has to deepen before the two sides meet.
  for (let i = 0; i < 60; i++) git(work, 'commit', '-q', '--allow-empty', '-m', `main ${i}`);
  mainTip = git(work, 'rev-parse', 'HEAD');
  origin = path.join(tmp.dir, 'origin.git');
  git(tmp.dir, 'clone', '-q', '--bare', work, origin);
});
afterAll(() => tmp.cleanup());
beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  await api.close();
});

/** A workspace as actions/checkout leaves it by default: `origin`, and one commit (the head) at depth 1. */
function checkout(name: string, head: string): string {
  const dir = path.join(tmp.dir, name);
  fs.mkdirSync(dir);
  git(dir, 'init', '-q');
  git(dir, 'remote', 'add', 'origin', `file://${origin}`);
  git(dir, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', head);
  git(dir, 'checkout', '-q', '--detach', head);
  return dir;
}

const run = (workspace: string, number: number, headSha: string) =>
  runAction({
    workspace,
    runnerTemp: tmp.dir,
    eventName: 'pull_request',
    payload: pullRequestPayload({ number, baseSha: mainTip, headSha }),
    inputs: { mode: 'pr', 'github-token': 'ghs_test' },
    apiUrl: api.url,
  });

describe('pr mode: what the merge adds, in a shallow checkout', () => {
  it('passes a branch older than a removal on main: the old key is not in what its merge adds', async () => {
    const workspace = checkout('docs-ws', docsTip);
    const result = await run(workspace, 31, docsTip);
    expect(result.stdout).toContain("keylint: fetched the pull request's history from origin (--deepen=450)");
    expect(result.code).toBe(0);
    expect(result.outputs.total).toBe('0');
    expect(api.comments).toEqual([]);
    expect(result.summary).toContain('## keylint: no findings');
  });

  it('fails a branch that adds a key, with one review comment for the key and its policy', async () => {
    const result = await run(checkout('key-ws', keyTip), 32, keyTip);
    expect(result.code).toBe(1);
    expect(result.outputs.total).toBe('2');
    expect(api.comments).toHaveLength(1);
    const [comment] = api.comments;
    expect(comment).toMatchObject({ path: '.env.development', line: 2, side: 'RIGHT', commit_id: keyTip });
    expect(comment!.body).toMatch(/maxai-prod-key \(critical\)[\s\S]*prod-key-in-dev-config \(critical\)/);
    expect(comment!.body.match(/<!-- keylint:/g)).toHaveLength(1);
    expect(result.summary).not.toContain('src/legacy.ts');
    expect(result.summary + result.stdout).not.toContain(newKey);
  });

  it('says which checkout setting gives the history when origin cannot be reached', async () => {
    const workspace = checkout('no-origin-ws', keyTip);
    git(workspace, 'remote', 'set-url', 'origin', `file://${path.join(tmp.dir, 'gone.git')}`);
    const result = await run(workspace, 33, keyTip);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(
      new RegExp(
        `^::error title=keylint::commit ${mainTip.slice(0, 12)} of the pull request is not in the checkout and ` +
          'fetching failed \\(.+\\): set `fetch-depth: 0` on actions/checkout',
        'm',
      ),
    );
    expect(api.requests).toEqual([]);
  });

  it('fetches both ends of a push, and the parent of a new branch, before diffing them', async () => {
    const push = (before: string) =>
      runAction({
        workspace: checkout(`push-${before.slice(0, 4)}-ws`, keyTip),
        runnerTemp: tmp.dir,
        eventName: 'push',
        payload: { before, after: keyTip, ref: 'refs/heads/key', repository: { default_branch: 'main' } },
        inputs: { mode: 'pr' },
      });
    for (const before of [forkPoint, '0'.repeat(40)]) {
      const result = await push(before);
      expect(result.stdout).toContain('keylint: fetched the pushed commits from origin (--depth=50)');
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('::error title=keylint maxai-prod-key (critical),file=.env.development,line=2,');
      expect(result.stdout).not.toContain('src/legacy.ts');
    }
  });

  it("runs the README's first Action step as written, on the default one-commit checkout", async () => {
    const readme = fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const workflow = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1]!)
      .find((yaml) => yaml.includes('uses: keylint/keylint@'))!;
    // The checkout step keeps actions/checkout's default depth (one commit).
    expect(workflow).toMatch(/- uses: actions\/checkout@v\d+ *(#.*)?\n\s+- uses: keylint\/keylint@/);
    const step = workflow.slice(workflow.indexOf('uses: keylint/keylint@'));
    const withBlock = /\n(\s+)with:\n((?:\1 {2}.*\n)+)/.exec(step)![2]!;
    const inputs = Object.fromEntries(
      [...withBlock.matchAll(/^\s+([a-z-]+): *([^#\n]*?) *(#.*)?$/gm)].map((m) => [m[1]!, m[2]!]),
    );
    expect(inputs).toMatchObject({ 'fail-on': 'high', 'sarif-file': 'keylint.sarif' });
    const workspace = checkout('readme-ws', keyTip);
    const result = await runAction({
      workspace,
      runnerTemp: tmp.dir,
      eventName: 'pull_request',
      payload: pullRequestPayload({ number: 34, baseSha: mainTip, headSha: keyTip }),
      inputs: { ...inputs, 'github-token': 'ghs_test' },
      apiUrl: api.url,
    });
    expect(result.code).toBe(1);
    expect(result.outputs['sarif-file']).toBe('keylint.sarif');
    const sarif = JSON.parse(fs.readFileSync(path.join(workspace, 'keylint.sarif'), 'utf8'));
    const uris = sarif.runs[0].results.map(
      (r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
        r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(new Set(uris)).toEqual(new Set(['.env.development']));
    expect(api.comments).toHaveLength(1);
  });

  it('full mode on a push to a branch fetches the default branch for its trusted base, where the branch left it', async () => {
    const workspace = checkout('full-push-ws', keyTip);
    const result = await runAction({
      workspace,
      runnerTemp: tmp.dir,
      eventName: 'push',
      payload: { before: keyTip, after: keyTip, ref: 'refs/heads/key', repository: { default_branch: 'main' } },
      inputs: { mode: 'full' },
    });
    expect(result.stdout).toContain('keylint: fetched main from origin for the trusted base (--deepen=450)');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error title=keylint maxai-prod-key (critical),file=.env.development,line=2,');
    // The branch's own old key is in the tree it checks; the trusted base is where it left main (forkPoint).
    expect(result.stdout).toContain('file=src/legacy.ts');
    expect(git(workspace, 'merge-base', 'refs/remotes/origin/main', 'HEAD')).toBe(forkPoint);
  });
});
