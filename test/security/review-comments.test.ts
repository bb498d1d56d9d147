// Boundary: review comments. Anyone can comment on a pull request, file names come from it, and a custom rule's
// message comes from a config file: none of them can make the Action edit a stranger's comment, break its
// markers, or put markup, links or mentions into the comments it writes.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/action/review-comments.js';
import type { Report } from '../../src/types.js';
import { pullRequestPayload, runAction } from '../helpers/action-runner.js';
import { runCli, tempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api.js';
import { commitAll, git } from '../helpers/git-repo.js';

const keys = fakeKeys(1709);
// A name GitHub refuses a comment on: ESC and BEL would retitle the terminal and colour the log that shows the note.
const REFUSED = 'cfg/\x1b]0;ok\x07\x1b[32mclean.env';
const HOSTILE =
  'Found <img src=x onerror=alert(1)> see [docs](https://evil.example) @everyone <!-- keylint:0 --> ' +
  'see #34 and acme/infra#5 at www.evil.example (GH-3)';
// GitHub links what it recognises in rendered text whether or not Markdown escapes it: issue references add a
// cross-reference to that timeline, mentions notify, bare URLs become links.
const REFERENCING = 'cfg/fix #12 acme/infra#7 GH-9 @acme/oncall www.evil.example http:x.env';

/** What GitHub would turn into a reference, a mention or a link in `text`. */
function autolinks(text: string): string[] {
  return [...text.matchAll(/(?<![\w/])#\d|\w\/\w+#\d|\bGH-\d|@[A-Za-z0-9]|\bwww\.|[a-z]:\/\//gi)].map((m) => m[0]);
}

let tmp: { dir: string; cleanup: () => void };
let repo: string;
let baseSha: string;
let headSha: string;
let api: FakeGitHub;

beforeAll(() => {
  tmp = tempDir('keylint-review-comments-');
  repo = path.join(tmp.dir, 'repo');
  fs.mkdirSync(repo);
  git(repo, 'init', '-q');
  const rule = {
    id: 'acme-token',
    description: 'ACME token',
    severity: 'high',
    keywords: ['acme_tok_'],
    patterns: [{ regex: '(?<secret>acme_tok_[a-z0-9]{16})' }],
    message: HOSTILE,
    fix: '**Rotate** it: ![x](https://evil.example/pixel.png)',
    examples: { match: ['acme_tok_{{alnum:16}}'], noMatch: [] },
  };
  writeTree(repo, { 'README.md': '# clinic\n', '.keylint.json': JSON.stringify({ rules: [rule] }) });
  baseSha = commitAll(repo, 'base');
  writeTree(repo, {
    '.env.development': `MAXAI_API_KEY=${keys.maxProd()}\n`,
    'cfg/x-->y.env': `MAXAI_API_KEY=${keys.maxDev()}\n`,
    [REFUSED]: `MAXAI_API_KEY=${keys.maxProd()}\n`,
    [REFERENCING]: `MAXAI_API_KEY=${keys.maxProd()}\n`,
    'src/acme.ts': `export const token = 'acme_tok_${keys.alnum(16).toLowerCase()}';\n`,
  });
  headSha = commitAll(repo, 'add keys');
});
afterAll(() => tmp.cleanup());
beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  await api.close();
});

const run = () =>
  runAction({
    workspace: repo,
    runnerTemp: tmp.dir,
    eventName: 'pull_request',
    payload: pullRequestPayload({ number: 21, baseSha, headSha }),
    inputs: { mode: 'pr', 'github-token': 'ghs_test' },
    apiUrl: api.url,
  });

describe('review comments', () => {
  it("a stranger's comment holding keylint's marker is neither edited nor taken for keylint's own", async () => {
    const diff = runCli(['diff', '--base', baseSha, '--head', headSha, '--format', 'json'], repo);
    const finding = (JSON.parse(diff.stdout) as Report).findings.find((f) => f.ruleId === 'maxai-prod-key')!;
    const body = `${commentMarker(finding)}\n<!-- keylint:${finding.fingerprint} path=${finding.file} -->\nLooks fine, merge it.`;
    api.comments.push({
      id: 1,
      pull: 'acme/clinic-web#21',
      body,
      path: finding.file,
      line: finding.line,
      side: 'RIGHT',
      commit_id: headSha,
      user: { login: 'mallory' },
    });
    const result = await run();
    expect(result.code).toBe(1);
    expect(api.comments[0]!.body).toBe(body);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
    const own = api.comments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(own.map((c) => c.path)).toContain('.env.development');
    expect(result.summary).not.toMatch(/review comments (skipped|failed)/);
  });

  it('a path holding --> keeps its marker: the next push updates, it does not pile up', async () => {
    await run();
    const first = api.comments.length;
    expect(api.comments.filter((c) => c.path === 'cfg/x-->y.env')).toHaveLength(1);
    await run();
    expect(api.comments.length).toBe(first);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(first);
  });

  it("a custom rule's message and fix are plain text: no HTML, link, image, mention or second marker", async () => {
    await run();
    const comment = api.comments.find((c) => c.path === 'src/acme.ts')!;
    expect(comment.body).not.toMatch(/<img|<!-- keylint:0|\]\(https|!\[x\]|(^|[^\\])@everyone|(^|[^\\])\*\*Rotate/);
    expect(comment.body).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(comment.body.match(/<!--/g)).toHaveLength(1);
  });

  it('listing comments: a next-page link that loops or leads to another host is a note, and the run ends', async () => {
    const elsewhere: Array<string | undefined> = [];
    const other = http.createServer((req, res) => {
      elsewhere.push(req.headers.authorization);
      res.setHeader('content-type', 'application/json');
      res.end('[]');
    });
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
    const otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    for (const [next, note] of [
      ['self', /review comments failed: the API's next-page links loop back to /],
      ['other', /review comments failed: the API sent keylint to another origin/],
    ] as const) {
      const linking = http.createServer((req, res) => {
        const self = `http://127.0.0.1:${(linking.address() as AddressInfo).port}`;
        res.setHeader('content-type', 'application/json');
        if (req.method === 'GET' && /\/pulls\/21\/comments/.test(req.url ?? '')) {
          const page = req.url!.includes('page=2') ? 1 : 2;
          const target =
            next === 'self' ? `${self}/repos/acme/clinic-web/pulls/21/comments?page=${page}` : `${otherUrl}/x`;
          res.setHeader('link', `<${target}>; rel="next"`);
        }
        res.end('[]');
      });
      await new Promise<void>((done) => linking.listen(0, '127.0.0.1', done));
      try {
        const result = await runAction({
          workspace: repo,
          runnerTemp: tmp.dir,
          eventName: 'pull_request',
          payload: pullRequestPayload({ number: 21, baseSha, headSha }),
          inputs: { mode: 'pr', 'github-token': 'ghs_test' },
          apiUrl: `http://127.0.0.1:${(linking.address() as AddressInfo).port}`,
        });
        // Before: the loop never ended, and the other host was sent the token.
        expect(result.code).toBe(1);
        expect(result.summary).toMatch(note);
      } finally {
        linking.closeAllConnections();
        await new Promise((done) => linking.close(done));
      }
    }
    other.closeAllConnections();
    await new Promise((done) => other.close(done));
    expect(elsewhere).toEqual([]);
  }, 120_000);

  it('a comment GitHub refuses (422) is a note whose name shows its control characters escaped', async () => {
    api.outsideDiff.push(REFUSED);
    const result = await run();
    expect(result.code).toBe(1);
    const note = result.stdout.split('\n').find((l) => l.includes('no review comment for'));
    // Before: the warning carried ESC and BEL raw to the log (@actions/core escapes only %, CR and LF).
    expect(note).toContain('cfg/\\x1b]0;ok\\x07\\x1b[32mclean.env');
    expect(result.stdout).not.toMatch(/[\x07\x1b]/);
  });

  it('an API that takes the request and never answers: a note after 30 s, and the run ends', async () => {
    api.stall.push('/repos/');
    // Before: Octokit set no limit, and the Action waited for ever.
    const result = await run();
    expect(result.code).toBe(1);
    expect(result.summary).toMatch(/review comments failed: the API did not answer within 30 s/);
  }, 120_000);
  it('file names, messages and fixes create no cross-reference, mention or link in comments or the summary', async () => {
    const result = await run();
    expect(result.code).toBe(1);
    expect(api.comments.map((c) => c.path)).toContain(REFERENCING);
    for (const body of api.comments.map((c) => c.body)) expect(autolinks(body)).toEqual([]);
    // The summary's own line names the pull request (`#21`); its table holds what the repository wrote.
    const table = result.summary.split('\n').filter((line) => line.startsWith('| '));
    expect(table.join('\n')).toContain('acme-token');
    expect(autolinks(table.join('\n'))).toEqual([]);
    // Still readable: the name is all there, only an invisible word joiner stands after each lead character.
    expect(result.summary.replace(/\u2060|\\(?=[^\w\s])/g, '')).toContain(REFERENCING);
  });
});
