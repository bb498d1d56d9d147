// Boundary: an organisation audit clones repositories it does not control. Their configs do not apply unless the
// user says so, clones use only the transport of the URL the user chose (https, or file for a local base), and
// neither git nor the per-repository scan is handed the token.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneEnv } from '../../src/audit/clone.js';
import type { Report } from '../../src/types.js';
import { tempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api.js';
import { commitAll, git } from '../helpers/git-repo.js';
import { spawnAsync } from '../helpers/spawn-async.js';

const BIN = path.resolve(import.meta.dirname, '..', '..', 'bin', 'keylint.js');
const keys = fakeKeys(1707);
const TOKEN = 'ghs_' + 'securitytoken' + keys.alnum(20);

let tmp: { dir: string; cleanup: () => void };
let api: FakeGitHub;

beforeAll(async () => {
  tmp = tempDir('keylint-audit-security-');
  const work = path.join(tmp.dir, 'work', 'web');
  fs.mkdirSync(work, { recursive: true });
  git(work, 'init', '-q');
  // The repository tries to silence its own audit.
  writeTree(work, {
    '.keylint.json': JSON.stringify({ allow: { paths: ['**'] } }),
    '.env.development': `MAXAI_API_KEY=${keys.maxProd()}\n`,
  });
  commitAll(work, 'init');
  git(tmp.dir, 'clone', '-q', '--bare', work, path.join(tmp.dir, 'bare', 'web.git'));
  api = await startFakeGitHub();
  api.repos = [{ owner: 'acme', name: 'web' }];
});
afterAll(async () => {
  await api.close();
  tmp.cleanup();
});

const audit = (
  extra: string[],
  env: Record<string, string> = {},
  base = `file://${path.join(tmp.dir, 'bare')}/{repo}.git`,
) =>
  spawnAsync(
    process.execPath,
    [BIN, 'audit', '--org', 'acme', '--api-url', api.url, '--git-url-base', base, '--format', 'json', ...extra],
    {
      cwd: tmp.dir,
      env: { ...process.env, NO_COLOR: '1', GITHUB_TOKEN: TOKEN, ...env },
    },
  );

describe('repository configs', () => {
  it("a cloned repository's .keylint.json is ignored unless --trust-repo-config", async () => {
    const ignored = await audit([]);
    expect(ignored.code).toBe(1);
    expect((JSON.parse(ignored.stdout) as Report).findings.map((f) => f.ruleId)).toContain('maxai-prod-key');
    const trusted = await audit(['--trust-repo-config']);
    expect(trusted.code).toBe(0);
    expect((JSON.parse(trusted.stdout) as Report).findings).toEqual([]);
  });
});

describe('clone transport and credentials', () => {
  it('an http:// clone URL on the API host is refused before any request: the token never travels in clear', async () => {
    api.requests.length = 0;
    const run = await audit([], {}, `${api.url}/{full_name}.git`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/transport 'http' not allowed/);
    expect(api.requests.filter((r) => r.path.endsWith('/info/refs'))).toEqual([]);
  });

  it('only the transport of the chosen URL: https, file for a local base; redirects are not followed', () => {
    expect(cloneEnv('https://github.com/acme/web.git', 't')).toMatchObject({
      GIT_ALLOW_PROTOCOL: 'https',
      GIT_CONFIG_KEY_0: 'http.followRedirects',
      GIT_CONFIG_VALUE_0: 'false',
    });
    expect(cloneEnv('file:///srv/git/web.git', undefined).GIT_ALLOW_PROTOCOL).toBe('file');
    expect(cloneEnv('http://127.0.0.1:9/web.git', 't').GIT_ALLOW_PROTOCOL).toBe('https');
    // git's ext:: transport runs a command: it is never among the allowed ones.
    expect(cloneEnv('ext::sh -c touch% /tmp/pwned', undefined).GIT_ALLOW_PROTOCOL).toBe('https');
  });

  it('neither the clone nor the per-repository scan gets the token in its environment', async () => {
    // A git on PATH that records the environment it was started with, then runs the real git.
    const bin = path.join(tmp.dir, 'bin');
    const log = path.join(tmp.dir, 'git-env.log');
    fs.mkdirSync(bin, { recursive: true });
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    fs.writeFileSync(
      path.join(bin, 'git'),
      `#!/bin/sh\nenv >> '${log}'\necho ---- >> '${log}'\nexec '${realGit}' "$@"\n`,
      { mode: 0o755 },
    );
    // The user's own config: the repository's is out of the picture for this test.
    const config = path.join(tmp.dir, 'user-config.json');
    fs.writeFileSync(config, '{}\n');
    const run = await audit(['--history', '--config', config], {
      PATH: `${bin}:${process.env.PATH}`,
      KEYLINT_GITHUB_TOKEN: TOKEN,
    });
    expect(run.code).toBe(1);
    const recorded = fs.readFileSync(log, 'utf8');
    // The clone, then the history scan's rev-parse, log and cat-file.
    expect(recorded.split('----\n').length).toBeGreaterThan(3);
    expect(recorded).not.toContain(TOKEN);
    expect(recorded).not.toMatch(/^(GITHUB_TOKEN|KEYLINT_GITHUB_TOKEN)=/m);
  });
});

describe('what the API answers', () => {
  it('a next-page link to another host gets no token: the listing stops with one line', async () => {
    // Before: Octokit followed the Link header and sent `Authorization: token …` to the other host.
    const seen: Array<string | undefined> = [];
    const other = http.createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.setHeader('content-type', 'application/json');
      res.end('[]');
    });
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
    const linking = http.createServer((_req, res) => {
      const next = `http://127.0.0.1:${(other.address() as AddressInfo).port}/orgs/acme/repos?page=2`;
      res.setHeader('content-type', 'application/json');
      res.setHeader('link', `<${next}>; rel="next"`);
      res.end(JSON.stringify([{ name: 'web', full_name: 'acme/web', owner: { login: 'acme' } }]));
    });
    await new Promise<void>((done) => linking.listen(0, '127.0.0.1', done));
    try {
      const run = await spawnAsync(
        process.execPath,
        [BIN, 'audit', '--org', 'acme', '--api-url', `http://127.0.0.1:${(linking.address() as AddressInfo).port}`],
        { cwd: tmp.dir, env: { ...process.env, NO_COLOR: '1', GITHUB_TOKEN: TOKEN } },
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /^keylint: cannot list the repositories of acme: the API sent keylint to another origin/,
      );
      expect(seen).toEqual([]);
    } finally {
      await Promise.all([other, linking].map((s) => new Promise((done) => s.close(done))));
    }
  });

  /** `audit --org acme` against a loopback API whose every page is `answer(url)`; resolves the run and the request count. */
  async function listWith(answer: (url: string) => { next?: string }) {
    let requests = 0;
    const server = http.createServer((req, res) => {
      requests++;
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const { next } = answer(req.url ?? '/');
      res.setHeader('content-type', 'application/json');
      if (next) res.setHeader('link', `<${base}${next}>; rel="next"`);
      res.end(JSON.stringify([{ name: 'web', full_name: 'acme/web', owner: { login: 'acme' } }]));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const run = await spawnAsync(process.execPath, [BIN, 'audit', '--org', 'acme', '--api-url', url], {
        cwd: tmp.dir,
        env: { ...process.env, NO_COLOR: '1', GITHUB_TOKEN: TOKEN },
      });
      return { run, requests };
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  }

  it('a next-page link back to a page already read ends the listing: one line, exit 2', async () => {
    // Before: Octokit followed the link for ever.
    const { run, requests } = await listWith((url) => ({
      next: url.includes('page=2') ? '/orgs/acme/repos?page=1' : '/orgs/acme/repos?page=2',
    }));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^keylint: cannot list the repositories of acme: the API's next-page links loop back to [^\n]*\n$/,
    );
    // The first page, pages 2 and 1 by their links, then page 2 again.
    expect(requests).toBe(4);
  });

  it('pages without end stop after a thousand: one line, exit 2', async () => {
    let page = 0;
    const { run, requests } = await listWith(() => ({ next: `/orgs/acme/repos?page=${++page + 1}` }));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^keylint: cannot list the repositories of acme: the API sent more than 1000 pages\n$/);
    expect(requests).toBe(1001);
  }, 120_000);

  it("a clone_url that names a file:// repository or a local path is not cloned: the API's web host is asked", async () => {
    const bare = path.join(tmp.dir, 'bare', 'web.git');
    for (const cloneUrl of [`file://${bare}`, bare]) {
      api.repos = [{ owner: 'acme', name: 'web', cloneUrl }];
      try {
        // No --git-url-base: the API's own clone_url would be taken.
        const run = await spawnAsync(
          process.execPath,
          [BIN, 'audit', '--org', 'acme', '--api-url', api.url, '--format', 'json'],
          { cwd: tmp.dir, env: { ...process.env, NO_COLOR: '1', GITHUB_TOKEN: TOKEN } },
        );
        // Before: the local repository was cloned and its key reported.
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^keylint: no repository could be scanned \(1 tried\); acme\/web: git clone failed/);
      } finally {
        api.repos = [{ owner: 'acme', name: 'web' }];
      }
    }
  });

  it('a repository name that is not GitHub’s (../..) is a note, and nothing is cloned outside the temp folder', async () => {
    const outside = path.join(tmp.dir, 'escaped');
    const name = path.relative(path.join(tmp.dir, 'x', 'y'), outside);
    // Before: `../../…/escaped` was cloned beside the audit's temp folder, and stayed there.
    api.repos = [
      { owner: 'acme', name: 'web' },
      { owner: 'acme', name },
    ];
    try {
      const run = await audit([]);
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.notes).toContainEqual({
        file: `acme/${name}`,
        reason: 'not a GitHub repository name (letters, digits, ".", "_", "-"); not cloned',
      });
      expect(fs.existsSync(outside)).toBe(false);
    } finally {
      api.repos = [{ owner: 'acme', name: 'web' }];
    }
  });
});
