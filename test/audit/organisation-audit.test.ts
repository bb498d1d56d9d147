// Organisation audit end to end: a fake org of local bare repos listed by a loopback API, sharded, merged.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneEnv, cloneTarget, cloneUrl } from '../../src/audit/clone.js';
import { parseShard, pickShard } from '../../src/audit/shard.js';
import type { Report } from '../../src/types.js';
import { tempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api.js';
import { commitAll, git } from '../helpers/git-repo.js';
import { spawnAsync } from '../helpers/spawn-async.js';

const BIN = path.resolve(import.meta.dirname, '..', '..', 'bin', 'keylint.js');
const keys = fakeKeys(83);
const NAMES = ['api', 'billing', 'clinic-web', 'docs', 'infra', 'mobile', 'portal'];
const TOKEN = 'ghs_' + 'audittoken' + keys.alnum(20);

let tmp: { dir: string; cleanup: () => void };
let api: FakeGitHub;
let urlBase: string;
const secrets: string[] = [];

/** A bare repo `<name>.git` under `bare/` whose tree holds `files`. */
function makeBareRepo(name: string, files: Record<string, string>): void {
  const work = path.join(tmp.dir, 'work', name);
  fs.mkdirSync(work, { recursive: true });
  git(work, 'init', '-q');
  writeTree(work, files);
  commitAll(work, `init ${name}`);
  git(tmp.dir, 'clone', '-q', '--bare', work, path.join(tmp.dir, 'bare', `${name}.git`));
}

beforeAll(async () => {
  tmp = tempDir('keylint-audit-test-');
  NAMES.forEach((name, i) => {
    const files: Record<string, string> = { 'README.md': `# ${name}\n` };
    if (i % 3 !== 1) {
      const key = i % 2 ? keys.maxDev() : keys.maxProd();
      secrets.push(key);
      files[i % 2 ? 'src/client.ts' : '.env.development'] = `// config\nMAXAI_API_KEY=${key}\n`;
    }
    makeBareRepo(name, files);
  });
  const archivedKey = keys.maxProd();
  makeBareRepo('old', { '.env': `MAXAI_API_KEY=${archivedKey}\n` });
  makeBareRepo('forked', { '.env': `MAXAI_API_KEY=${keys.maxProd()}\n` });
  api = await startFakeGitHub();
  // Listed out of order: the audit sorts by full name before sharding.
  api.repos = [...NAMES].reverse().map((name) => ({ owner: 'acme', name }));
  api.repos.push(
    { owner: 'acme', name: 'old', archived: true },
    { owner: 'acme', name: 'forked', fork: true },
    { owner: 'solo', name: 'api' },
  );
  urlBase = `file://${path.join(tmp.dir, 'bare')}/{repo}.git`;
});
afterAll(async () => {
  await api.close();
  tmp.cleanup();
});

const keylint = (args: string[], env: Record<string, string> = {}) =>
  spawnAsync(process.execPath, [BIN, ...args], {
    cwd: tmp.dir,
    env: { ...process.env, NO_COLOR: '1', GITHUB_TOKEN: TOKEN, ...env },
  });
const auditArgs = ['audit', '--org', 'acme', '--api-url', '', '--git-url-base', '', '--format', 'json'];
const audit = async (extra: string[] = [], env: Record<string, string> = {}) => {
  const args = [...auditArgs, ...extra];
  args[args.indexOf('--api-url') + 1] = api.url;
  args[args.indexOf('--git-url-base') + 1] = urlBase;
  return keylint(args, env);
};
const withoutDuration = (r: Report) => ({ ...r, stats: { files: r.stats.files, bytes: r.stats.bytes } });

describe('keylint audit', () => {
  it('lists every page, clones each repo, prefixes paths and names the repo', async () => {
    const run = await audit();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    const repos = [...new Set(report.findings.map((f) => f.repo))].sort();
    expect(repos).toEqual(['acme/api', 'acme/clinic-web', 'acme/docs', 'acme/mobile', 'acme/portal']);
    for (const f of report.findings) expect(f.file.startsWith(`${f.repo}/`)).toBe(true);
    expect(report.findings.map((f) => f.file)).toContain('acme/api/.env.development');
    expect(report.notes).toEqual([]);
    expect(api.requests.filter((r) => r.path === '/orgs/acme/repos').length).toBeGreaterThan(3);
    expect(api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    for (const s of [...secrets, TOKEN]) expect(run.stdout + run.stderr).not.toContain(s);
  });

  it('three shards merged equal the unsharded audit', { timeout: 120_000 }, async () => {
    const whole = JSON.parse((await audit()).stdout) as Report;
    const files: string[] = [];
    for (const k of [1, 2, 3]) {
      const file = path.join(tmp.dir, `shard-${k}.json`);
      const run = await audit(['--shard', `${k}/3`, '--output', file]);
      expect(run.code === 0 || run.code === 1).toBe(true);
      files.push(file);
    }
    const shards = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as Report);
    expect(shards.every((s) => s.findings.length < whole.findings.length)).toBe(true);
    const merged = await keylint(['merge', ...files, '--format', 'json']);
    expect(merged.code).toBe(1);
    expect(withoutDuration(JSON.parse(merged.stdout))).toEqual(withoutDuration(whole));
    // Merging a shard twice changes nothing: findings are deduplicated.
    const again = await keylint(['merge', ...files, files[0]!, '--format', 'json']);
    expect(JSON.parse(again.stdout).findings).toEqual(whole.findings);
  });

  it('includes archived repos and forks only when asked, and audits a user', async () => {
    const all = JSON.parse((await audit(['--include-archived', '--include-forks'])).stdout) as Report;
    expect(new Set(all.findings.map((f) => f.repo))).toEqual(
      new Set(['acme/api', 'acme/clinic-web', 'acme/docs', 'acme/mobile', 'acme/portal', 'acme/old', 'acme/forked']),
    );
    const args = [...auditArgs];
    args[args.indexOf('--org')] = '--user';
    args[args.indexOf('acme')] = 'solo';
    args[args.indexOf('--api-url') + 1] = api.url;
    args[args.indexOf('--git-url-base') + 1] = `file://${path.join(tmp.dir, 'bare')}/{repo}.git`;
    const user = JSON.parse((await keylint(args)).stdout) as Report;
    expect(new Set(user.findings.map((f) => f.repo))).toEqual(new Set(['solo/api']));
  });

  it("clones from the API's clone_url on the API's host, with the token in a header; elsewhere from its web host", async () => {
    const saved = api.repos;
    api.repos = [
      // A reply naming a local repository is not followed: the API's web host is asked instead.
      { owner: 'acme', name: 'api', cloneUrl: `file://${path.join(tmp.dir, 'bare', 'api.git')}` },
      { owner: 'acme', name: 'slow', cloneUrl: `${api.url}/git/acme/slow.git` },
    ];
    api.stall.push('/git/');
    // Plain http to a loopback test server is allowed only with the test switch (https otherwise).
    const run = await keylint(
      ['audit', '--org', 'acme', '--api-url', api.url, '--format', 'json', '--repo-timeout', '8'],
      {
        KEYLINT_ALLOW_INSECURE_TEST_ENDPOINTS: '1',
      },
    );
    api.repos = saved;
    api.stall.pop();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^keylint: no repository could be scanned \(2 tried\); acme\/api: git clone failed/);
    expect(api.requests.some((r) => r.path.startsWith('/acme/api.git/'))).toBe(true);
    // git asked the (stalled) API host for the repository with the token in a header, never in the URL.
    const gitRequest = api.requests.find((r) => r.path.startsWith('/git/acme/slow.git/'));
    expect(gitRequest?.authorization).toBe(`basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`);
  });

  it("runs the README's audit command as written", async () => {
    const readme = fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const line = /^GITHUB_TOKEN=… npx keylint audit (.*)$/m.exec(readme)?.[1];
    expect(line).toBeDefined();
    const args = line!.split(/\s+/);
    const output = path.join(tmp.dir, args[args.indexOf('-o') + 1]!);
    args[args.indexOf('-o') + 1] = output;
    const run = await keylint(['audit', ...args], { GITHUB_API_URL: api.url, KEYLINT_GIT_URL_BASE: urlBase });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect((JSON.parse(fs.readFileSync(output, 'utf8')) as Report).findings.length).toBeGreaterThan(0);
  });

  it('exits 2 when no repository could be scanned, or the owner has none', async () => {
    const saved = api.repos;
    api.repos = [
      { owner: 'acme', name: 'gone' },
      { owner: 'acme', name: 'lost' },
    ];
    const none = await audit();
    api.repos = [];
    const empty = await audit();
    api.repos = saved;
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^keylint: no repository could be scanned \(2 tried\); acme\/gone: git clone failed: /);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe("keylint: acme has no repositories to audit (check the name and the token's access)\n");
  });

  it('retries a listing page that failed with a server error', async () => {
    api.failNext.push({ prefix: '/orgs/acme/repos', status: 502, times: 1 });
    const run = await audit(['--shard', '1/3']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(api.failNext[0]!.times).toBe(0);
    api.failNext.pop();
  });

  it('waits for a near rate-limit reset, and fails clearly when it is too far', async () => {
    api.exhaustAfterFirstPage = 1;
    const waited = await audit(['--shard', '1/3']);
    expect(waited.code).toBe(1);
    api.exhaustAfterFirstPage = 7200;
    const failed = await audit(['--max-rate-wait', '60']);
    api.exhaustAfterFirstPage = undefined;
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(
      /^keylint: GitHub API rate limit exhausted until \S+ \(more than --max-rate-wait 60s away\)/m,
    );
  });

  it('waits out a secondary rate limit for its retry-after, and fails clearly when that is too far', async () => {
    const secondary = (seconds: number) => ({
      prefix: '/orgs/acme/repos',
      status: 403,
      times: 1,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': String(seconds) },
    });
    api.failNext.push(secondary(1));
    const waited = await audit(['--shard', '1/3']);
    expect(api.failNext.pop()!.times).toBe(0);
    expect(waited.stderr).toBe('');
    expect(waited.code).toBe(1);
    api.failNext.push(secondary(7200));
    const failed = await audit(['--max-rate-wait', '60']);
    api.failNext.pop();
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(
      /^keylint: GitHub API rate limit exhausted until \S+ \(more than --max-rate-wait 60s away\)/,
    );
  });

  it('turns a repository that cannot be cloned into a note and goes on', async () => {
    api.repos.push({ owner: 'acme', name: 'zz-missing' });
    const run = await audit();
    api.repos.pop();
    const report = JSON.parse(run.stdout) as Report;
    expect(report.notes).toEqual([{ file: 'acme/zz-missing', reason: expect.stringMatching(/^git clone failed: /) }]);
    expect(report.findings.length).toBeGreaterThan(0);
  });
});

describe('audit building blocks', () => {
  it('shards round robin, covering every item exactly once', () => {
    const items = Array.from({ length: 7 }, (_, i) => i);
    const parts = [1, 2, 3].map((k) => pickShard(items, parseShard(`${k}/3`)));
    expect(parts).toEqual([
      [0, 3, 6],
      [1, 4],
      [2, 5],
    ]);
    for (const bad of ['0/3', '4/3', '1/0', 'x', '1-3']) expect(() => parseShard(bad)).toThrow(/--shard/);
  });

  it('builds clone URLs from a base or a template, and keeps the token out of the URL and argv', () => {
    const repo = { owner: 'acme', name: 'api', fullName: 'acme/api' };
    expect(cloneUrl('https://github.com/', repo)).toBe('https://github.com/acme/api.git');
    expect(cloneUrl('file:///srv/{owner}/{repo}.git', repo)).toBe('file:///srv/acme/api.git');
    const env = cloneEnv('https://github.com/acme/api.git', TOKEN);
    expect(env.GIT_CONFIG_KEY_1).toBe('http.extraheader');
    expect(env.GIT_CONFIG_VALUE_1).toBe(
      `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`,
    );
    expect(cloneEnv('https://github.com/acme/api.git', undefined).GIT_CONFIG_COUNT).toBe('1');
  });

  it("sends the token only to the API's host or its web host", () => {
    const repo = { owner: 'acme', name: 'api', fullName: 'acme/api', cloneUrl: 'https://github.com/acme/api.git' };
    expect(cloneTarget(repo, { apiUrl: 'https://api.github.com', token: 't' })).toEqual({
      url: 'https://github.com/acme/api.git',
      token: 't',
    });
    // A clone_url elsewhere is not followed: the API's web host serves the repository.
    const elsewhere = { ...repo, cloneUrl: 'https://evil.example/acme/api.git' };
    expect(cloneTarget(elsewhere, { apiUrl: 'https://api.github.com', token: 't' })).toEqual({
      url: 'https://github.com/acme/api.git',
      token: 't',
    });
    // A base the user names is followed, without the token.
    expect(
      cloneTarget(repo, { apiUrl: 'https://api.github.com', token: 't', gitUrlBase: 'https://mirror.example' }),
    ).toEqual({
      url: 'https://mirror.example/acme/api.git',
      token: undefined,
    });
    const ghe = { owner: 'acme', name: 'api', fullName: 'acme/api' };
    expect(cloneTarget(ghe, { apiUrl: 'https://ghe.corp.example/api/v3', token: 't' })).toEqual({
      url: 'https://ghe.corp.example/acme/api.git',
      token: 't',
    });
  });
});
