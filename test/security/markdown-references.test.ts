// Boundary: what the Action writes to GitHub. A pull request names its files, and GitHub links what it recognises in
// rendered text whether or not Markdown escapes it: issue references (`#12`, `org/repo#12`, `GH-12`) add a
// cross-reference to that timeline, mentions (`@team`) notify, and bare URLs (`www.…`, `scheme://`) become
// links. A file name shown in a review comment or the job summary must do none of these.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestPayload, runAction } from '../helpers/action-runner.js';
import { tempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api.js';
import { commitAll, git } from '../helpers/git-repo.js';

const keys = fakeKeys(2610);
const NAME = 'cfg/fix #12 acme/infra#7 GH-9 @acme/oncall www.evil.example http:x.env';
const MESSAGE = 'Leaked, see #34 and acme/infra#5, ask @secops at https://evil.example or www.evil.example (GH-3)';

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
  tmp = tempDir('keylint-markdown-references-');
  repo = path.join(tmp.dir, 'repo');
  fs.mkdirSync(repo);
  git(repo, 'init', '-q');
  const rule = {
    id: 'acme-token',
    description: 'ACME token',
    severity: 'high',
    keywords: ['acme_tok_'],
    patterns: [{ regex: '(?<secret>acme_tok_[a-z0-9]{16})' }],
    message: MESSAGE,
    fix: 'Rotate it, then tell #security-team and @acme/leads',
    examples: { match: ['acme_tok_{{alnum:16}}'], noMatch: [] },
  };
  writeTree(repo, { 'README.md': '# clinic\n', '.keylint.json': JSON.stringify({ rules: [rule] }) });
  baseSha = commitAll(repo, 'base');
  writeTree(repo, {
    [NAME]: `MAXAI_API_KEY=${keys.maxProd()}\n`,
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

describe('references, mentions and links in what the Action posts', () => {
  it('file names, messages and fixes create no cross-reference, mention or link', async () => {
    const result = await runAction({
      workspace: repo,
      runnerTemp: tmp.dir,
      eventName: 'pull_request',
      payload: pullRequestPayload({ number: 31, baseSha, headSha }),
      inputs: { mode: 'pr', 'github-token': 'ghs_test' },
      apiUrl: api.url,
    });
    expect(result.code).toBe(1);
    const bodies = api.comments.map((c) => c.body);
    expect(api.comments.map((c) => c.path).sort()).toEqual([NAME, 'src/acme.ts']);
    // The summary's own line names the pull request (`#31`); its table holds what the repository wrote.
    const table = result.summary.split('\n').filter((line) => line.startsWith('| '));
    expect(table.join('\n')).toContain('acme-token');
    expect(autolinks(table.join('\n'))).toEqual([]);
    for (const body of bodies) expect(autolinks(body)).toEqual([]);
    // Still readable: the name is all there, only an invisible word joiner stands after each lead character.
    expect(result.summary.replace(/\u2060|\\(?=[^\w\s])/g, '')).toContain(NAME);
  });
});
