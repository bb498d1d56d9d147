// Boundary: a pull request cannot switch off its own check. `keylint diff` (and the Action, which runs it) takes
// config, custom rules and baseline from the base commit; what the head loosens is itself a finding. So do the
// Action's full and history modes, from the branch's base.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { pullRequestPayload, runAction } from '../helpers/action-runner.js';
import { zipOf } from '../helpers/archive.js';
import { useTempDir } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';
import { type FakeGitHub, startFakeGitHub } from '../helpers/github-api.js';
import { runCli, useRepos } from '../helpers/git.js';

const newRepo = useRepos();
const keys = fakeKeys(1705);

/** A repository whose base commit holds `baseFiles`; the head (checked out, as in CI) adds `headFiles`. */
function pullRequest(baseFiles: Record<string, string>, headFiles: Record<string, string | Buffer>) {
  const repo = newRepo();
  const base = repo.commit({ 'README.md': 'clinic\n', ...baseFiles }, 'base');
  const head = repo.commit(headFiles, 'pull request');
  return { repo, base, head };
}

function diff(pr: ReturnType<typeof pullRequest>, extra: string[] = []): { code: number | null; report: Report } {
  const run = runCli(pr.repo.dir, ['diff', `${pr.base}..${pr.head}`, '--format', 'json', ...extra]);
  if (run.code !== 0 && run.code !== 1) throw new Error(`keylint exited ${run.code}: ${run.stderr}`);
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

const weakened = (report: Report) => report.findings.filter((f) => f.ruleId === 'scan-weakened');
const keyLine = () => `export const key = '${keys.maxProd()}';\n`;

describe('the head cannot loosen the config it is checked with', () => {
  it('an allow path for everything: the key is still found, and the new allow path is reported', () => {
    const pr = pullRequest(
      {},
      { '.keylint.json': JSON.stringify({ allow: { paths: ['**'] } }), 'src/client.ts': keyLine() },
    );
    const { code, report } = diff(pr);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toContain('maxai-prod-key');
    expect(weakened(report)).toMatchObject([
      { kind: 'policy', severity: 'high', file: '.keylint.json', line: 1, secret: '' },
    ]);
    expect(weakened(report)[0]!.message).toContain('adds the allow path "**"');
  });

  it('a disabled rule and a raised failOn', () => {
    const config = { disable: ['maxai-dev-key'], failOn: 'critical' };
    const pr = pullRequest(
      { '.keylint.json': '{}\n' },
      { '.keylint.json': JSON.stringify(config, null, 2), 'src/client.ts': `const k = '${keys.maxDev()}';\n` },
    );
    const { code, report } = diff(pr);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toContain('maxai-dev-key');
    expect(weakened(report).map((f) => f.message)).toEqual([
      expect.stringContaining('disables the rule maxai-dev-key'),
      expect.stringContaining('raises failOn from low to critical'),
    ]);
    expect(weakened(report).map((f) => f.line)).toEqual([3, 5]);
  });

  it('a custom rule of the base emptied by the head still runs, and the change is reported', () => {
    const rule = (regex: string) => ({
      rules: [
        {
          id: 'acme-token',
          description: 'ACME internal token',
          severity: 'high',
          keywords: ['acme_tok_'],
          patterns: [{ regex }],
          message: 'An ACME token.',
          fix: 'Rotate it.',
          examples: { match: ['acme_tok_{{alnum:12}}'], noMatch: [] },
        },
      ],
    });
    const config = JSON.stringify({ ruleFiles: ['keylint/rules.json'] });
    const pr = pullRequest(
      { '.keylint.json': config, 'keylint/rules.json': JSON.stringify(rule('(?<secret>acme_tok_[a-z0-9]{12})')) },
      {
        'keylint/rules.json': JSON.stringify(rule('(?<secret>acme_tok_NEVER)')),
        'app.txt': `token=acme_tok_${keys.alnum(12).toLowerCase()}\n`,
      },
    );
    const { report } = diff(pr);
    expect(report.findings.map((f) => f.ruleId)).toContain('acme-token');
    expect(weakened(report).map((f) => f.message)).toEqual([
      expect.stringContaining('changes the custom rule acme-token'),
    ]);
  });
});

describe('the baseline is the base commit’s', () => {
  it('an entry the head adds for its own key accepts nothing, and is reported', () => {
    const key = keys.maxProd();
    const repo = newRepo();
    const base = repo.commit(
      { 'README.md': 'clinic\n', '.keylint-baseline.json': '{"version":1,"entries":[]}\n' },
      'base',
    );
    repo.write('src/client.ts', `export const key = '${key}';\n`);
    // The head's baseline, as `keylint baseline` would write it for the new key.
    const written = runCli(repo.dir, ['baseline', '.']);
    expect(written.code).toBe(0);
    const head = repo.commit({}, 'accept my key');
    const { code, report } = diff({ repo, base, head }, ['--baseline', '.keylint-baseline.json']);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toContain('maxai-prod-key');
    expect(weakened(report)).toMatchObject([{ file: '.keylint-baseline.json' }]);
    expect(weakened(report)[0]!.message).toContain('adds a baseline entry for maxai-prod-key at src/client.ts:1');
  });
});

describe('inline markers on added lines', () => {
  it('a keylint:allow or gitleaks:allow comment the head adds is reported at its line', () => {
    const pr = pullRequest(
      { 'src/old.ts': '// keylint:allow (already there)\n' },
      {
        'src/client.ts': `// setup\nexport const key = '${keys.maxProd()}'; // keylint:allow\n`,
        'src/other.py': `token = '${keys.maxDev()}'  # gitleaks:allow\n`,
      },
    );
    const { code, report } = diff(pr);
    expect(code).toBe(1);
    expect(weakened(report).map((f) => `${f.file}:${f.line}`)).toEqual(['src/client.ts:2', 'src/other.py:1']);
  });

  // Before, each of these silenced its key with exit 0 and no scan-weakened finding: the engine honours a marker
  // in any case and in whatever it decodes, while the check read only the lower-case marker in text patches.
  it('a marker in any case, in a -diff or UTF-16 file, in an archive entry: each reported', () => {
    const line = (marker: string) => `export const key = '${keys.maxProd()}'; // ${marker}\n`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line('keylint:allow'), 'utf16le')]);
    const pr = pullRequest(
      {},
      {
        'src/upper.ts': line('KEYLINT:ALLOW'),
        '.gitattributes': 'src/hidden.ts -diff\n',
        'src/hidden.ts': `// setup\n${line('keylint:allow')}`,
        'config/keys.env': utf16,
        'vendor/bundle.zip': zipOf([{ name: 'dist/app.js', content: line('Gitleaks:Allow') }]),
      },
    );
    const { code, report } = diff(pr);
    expect(code).toBe(1);
    expect(weakened(report).map((f) => `${f.file}:${f.line}`)).toEqual([
      'config/keys.env:1',
      'src/hidden.ts:2',
      'src/upper.ts:1',
      'vendor/bundle.zip!dist/app.js:1',
    ]);
  });

  it('a marker beside a patch too large to hold (a 34 MB generated file)', () => {
    const generated = `${'x'.repeat(99)}\n`.repeat(340_000);
    const pr = pullRequest(
      {},
      {
        'dist/generated.txt': generated,
        'src/client.ts': `export const key = '${keys.maxProd()}'; // keylint:allow\n`,
      },
    );
    const { code, report } = diff(pr);
    expect(code).toBe(1);
    expect(weakened(report).map((f) => `${f.file}:${f.line}`)).toEqual(['src/client.ts:1']);
  });
});

it('history against a trusted base: a marker one commit adds and a later one removes is reported at its commit', () => {
  // Before: the key was silenced in the commit's blob and the range base..HEAD showed no marker: exit 0.
  const repo = newRepo();
  const base = repo.commit({ 'README.md': 'clinic\n' }, 'base');
  const added = repo.commit({ 'src/client.ts': `export const key = '${keys.maxProd()}'; // keylint:allow\n` }, 'add');
  repo.commit({ 'src/client.ts': null }, 'remove');
  const run = runCli(repo.dir, ['git', '.', '--trusted-base', base, '--format', 'json']);
  expect(run.code).toBe(1);
  const report = JSON.parse(run.stdout) as Report;
  expect(weakened(report).map((f) => `${f.file}:${f.line} @ ${f.commit}`)).toEqual([`src/client.ts:1 @ ${added}`]);
});

it('a clean pull request that leaves the settings alone has no scan-weakened finding', () => {
  const pr = pullRequest(
    { '.keylint.json': JSON.stringify({ allow: { paths: ['docs/**'] } }) },
    { 'src/app.ts': 'export const x = 1;\n' },
  );
  const { code, report } = diff(pr);
  expect(code).toBe(0);
  expect(report.findings).toEqual([]);
  expect(fs.existsSync(path.join(pr.repo.dir, '.keylint.json'))).toBe(true);
});

describe("the Action's full and history modes", () => {
  const runnerTemp = useTempDir('keylint-sec-action-');
  let api: FakeGitHub;
  beforeEach(async () => {
    api = await startFakeGitHub();
  });
  afterEach(() => api.close());

  /** main allows docs/** only; a branch loosens the config in one push and adds a key in the next. */
  function branch() {
    const repo = newRepo();
    const base = repo.commit(
      { 'README.md': 'clinic\n', '.keylint.json': JSON.stringify({ allow: { paths: ['docs/**'] } }) },
      'base',
    );
    repo.git('checkout', '-q', '-b', 'feature');
    const loosened = repo.commit(
      { '.keylint.json': JSON.stringify({ allow: { paths: ['**'] }, disable: ['maxai-prod-key'] }) },
      'loosen',
    );
    const head = repo.commit({ 'src/client.ts': keyLine() }, 'add key');
    return { repo, base, loosened, head };
  }

  const action = (workspace: string, eventName: string, payload: unknown, inputs: Record<string, string>) =>
    runAction({ workspace, runnerTemp: runnerTemp(), eventName, payload, inputs, apiUrl: api.url });
  /** A push event's payload. */
  const pushOf = (branch: string, before: string, after: string, defaultBranch = 'main') => ({
    ref: `refs/heads/${branch}`,
    before,
    after,
    repository: { default_branch: defaultBranch },
  });

  for (const mode of ['full', 'history']) {
    it(`${mode}: a pushed branch is checked with its base's config, even after an earlier push loosened it`, async () => {
      const { repo, loosened, head } = branch();
      // The second push: its `before` is the branch's own first push, which loosened the config.
      const push = { ref: 'refs/heads/feature', before: loosened, after: head, repository: { default_branch: 'main' } };
      const run = await action(repo.dir, 'push', push, { mode });
      expect(run.code).toBe(1);
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error '));
      const at = (rule: string, file: string) => errors.filter((l) => l.includes(rule) && l.includes(`file=${file},`));
      expect(at('maxai-prod-key', 'src/client.ts')).toHaveLength(1);
      expect(at('scan-weakened', '.keylint.json')).toHaveLength(2);
      expect(run.stdout).toContain('adds the allow path "**"');
      expect(run.stdout).toContain('disables the rule maxai-prod-key');
      expect(run.summary.match(/\| scan-weakened \|/g)).toHaveLength(2);
    });
  }

  it('pr, on a push to a branch: diffed from where the branch left main, with main’s config', async () => {
    // Before: diffed from the push's `before` (the branch's earlier push, which loosened the config) or, for a new
    // branch, from its last commit's parent: the key passed with exit 0, on the branch and in its history.
    const { repo, loosened, head } = branch();
    for (const before of [loosened, '0'.repeat(40)]) {
      const run = await action(repo.dir, 'push', pushOf('feature', before, head), { mode: 'pr' });
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toMatch(/^::error title=keylint maxai-prod-key \(critical\),file=src\/client\.ts,/m);
      expect(run.stdout).toContain('adds the allow path "**"');
    }
    // A new branch whose key is in an earlier commit than its last.
    repo.git('checkout', '-q', '-b', 'quiet', 'main');
    repo.commit({ 'config/app.env': `MAXAI_API_KEY=${keys.maxProd()}\n` }, 'config');
    const last = repo.commit({ 'docs/notes.md': 'notes\n' }, 'docs');
    const run = await action(repo.dir, 'push', pushOf('quiet', '0'.repeat(40), last), { mode: 'pr' });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toMatch(/^::error title=keylint maxai-prod-key \(critical\),file=config\/app\.env,/m);
  });

  it('full, on a pull request: the base commit’s config, and the loosening in a review comment', async () => {
    const { repo, base, head } = branch();
    const pr = pullRequestPayload({ number: 21, baseSha: base, headSha: head });
    const run = await action(repo.dir, 'pull_request', pr, { mode: 'full', 'github-token': 'ghs_test' });
    expect(run.code).toBe(1);
    expect(api.comments.map((c) => c.path)).toEqual(expect.arrayContaining(['src/client.ts', '.keylint.json']));
    expect(api.comments.find((c) => c.path === '.keylint.json')!.body).toContain('scan-weakened');
  });

  it('a push to the default branch is checked with its own config: it is the reviewed state', async () => {
    const repo = newRepo();
    const before = repo.commit({ 'README.md': 'clinic\n' }, 'base');
    const after = repo.commit(
      { '.keylint.json': JSON.stringify({ allow: { paths: ['fixtures/**'] } }), 'fixtures/k.ts': keyLine() },
      'merge #20',
    );
    const push = { ref: 'refs/heads/main', before, after, repository: { default_branch: 'main' } };
    const run = await action(repo.dir, 'push', push, { mode: 'full' });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('scan-weakened');
  });

  it('a base commit missing from the checkout is an error, not a run with the checkout’s config', async () => {
    const { repo, head } = branch();
    const run = await action(repo.dir, 'push', pushOf('feature', 'f'.repeat(40), head, 'trunk'), { mode: 'full' });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^::error title=keylint::.*fetch-depth: 0/m);
  });

  it('commit ids of the event are commit ids: a head.sha of --upload-pack=… runs nothing, one line, exit 2', async () => {
    const origin = newRepo();
    origin.commit({ 'README.md': 'clinic\n' }, 'base');
    const workspace = path.join(runnerTemp(), 'checkout');
    origin.git('clone', '-q', origin.dir, workspace);
    const marker = path.join(runnerTemp(), 'ran');
    // A base the checkout lacks, so that the Action fetches both ids from origin.
    for (const [baseSha, headSha] of [
      ['1'.repeat(40), `--upload-pack=touch ${marker};:`],
      [`--upload-pack=touch ${marker};:`, '1'.repeat(40)],
    ]) {
      const pr = pullRequestPayload({ number: 22, baseSha: baseSha!, headSha: headSha! });
      const run = await action(workspace, 'pull_request', pr, { mode: 'pr' });
      // Before: git fetch read the id as its --upload-pack option and ran the command.
      expect(fs.existsSync(marker)).toBe(false);
      expect(run.code).toBe(2);
      expect(run.stdout).toMatch(/^::error title=keylint::[^\n]*pull_request\.(head|base)\.sha is not a commit id$/m);
    }
    const push = { ref: 'refs/heads/main', before: '1'.repeat(40), after: `--upload-pack=touch ${marker};:` };
    const run = await action(workspace, 'push', push, { mode: 'pr' });
    expect(fs.existsSync(marker)).toBe(false);
    expect(run.code).toBe(2);
  });
});
