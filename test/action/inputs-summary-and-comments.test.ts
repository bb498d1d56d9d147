// The Action's pure parts: workflow-command escaping, inputs, events and the CLI command each event calls for.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, findingAnnotation } from '../../src/report/github.js';
import { gitParent, readEvent, scanCommandFor } from '../../src/action/event.js';
import { readInputs } from '../../src/action/inputs.js';
import { commentBody, commentMarker, groupByLocation } from '../../src/action/review-comments.js';
import { renderSummary } from '../../src/action/summary.js';
import type { Finding, Report } from '../../src/types.js';
import { runCli, tempDir, writeTree } from '../helpers/cli.js';
import { commitAll, git } from '../helpers/git-repo.js';

const finding: Finding = {
  kind: 'secret',
  ruleId: 'maxai-prod-key',
  vendor: 'maxai',
  file: 'config/a,b:c%.env',
  line: 3,
  column: 15,
  severity: 'critical',
  fingerprint: 'abc123',
  secret: 'max_prd_ak_Ab…9z',
  message: 'A production key.\nLine two | pipe',
  fix: 'Rotate it.',
};

let tmp: { dir: string; cleanup: () => void };
beforeAll(() => {
  tmp = tempDir('keylint-action-units-');
});
afterAll(() => tmp.cleanup());

describe('workflow commands', () => {
  it('escapes messages and properties as the runner expects', () => {
    expect(escapeData('50%\r\nnext')).toBe('50%25%0D%0Anext');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
    expect(findingAnnotation(finding)).toBe(
      '::error file=config/a%2Cb%3Ac%25.env,line=3,col=15,title=keylint maxai-prod-key (critical)::max_prd_ak_Ab…9z: A production key.%0ALine two | pipe Fix: Rotate it.',
    );
    expect(findingAnnotation({ ...finding, severity: 'medium' })).toMatch(/^::warning /);
    expect(findingAnnotation({ ...finding, severity: 'low' })).toMatch(/^::notice /);
    // An archive entry is annotated on its archive, the file in the repository, and named in the message.
    expect(findingAnnotation({ ...finding, file: 'dist.zip!app/main.js' })).toMatch(
      /^::error file=dist.zip,line=3,.*\[in dist.zip!app\/main.js\] Fix/,
    );
  });

  it('keeps table cells intact in the summary and marks comments by fingerprint and path', () => {
    const report: Report = {
      version: 1,
      findings: [finding],
      stats: { files: 1, bytes: 1, durationMs: 1 },
      notes: [{ file: 'x.bin', reason: 'binary' }],
    };
    const summary = renderSummary(report, {
      scope: 'the working tree',
      failing: 1,
      failOn: 'high',
      notes: ['no token'],
    });
    expect(summary).toContain(
      '| critical | maxai-prod-key | config/a,b:c%.env:3:15 | max\\_prd\\_ak\\_Ab…9z | Rotate it. |',
    );
    expect(summary).toContain('- no token\n- x.bin: binary');
    expect(commentMarker(finding)).toMatch(/^<!-- keylint:[0-9a-f]{32} -->$/);
    expect(commentMarker({ ...finding, file: 'config/other.env' })).not.toBe(commentMarker(finding));
    expect(commentBody([finding]).startsWith(commentMarker(finding))).toBe(true);
  });

  it('groups a key and the policies about it into one comment per location, the key first', () => {
    const policy: Finding = { ...finding, kind: 'policy', ruleId: 'prod-key-in-dev-config', fingerprint: 'def456' };
    const usage: Finding = { ...finding, kind: 'usage', ruleId: 'maxai-bearer-over-http', line: 9, fingerprint: 'u1' };
    const elsewhere: Finding = { ...finding, file: 'config/other.env', fingerprint: 'abc123' };
    const groups = groupByLocation([policy, usage, finding, elsewhere]);
    expect(groups.map((g) => [g.file, g.line, g.findings.map((f) => f.ruleId)])).toEqual([
      ['config/a,b:c%.env', 3, ['maxai-prod-key', 'prod-key-in-dev-config']],
      ['config/a,b:c%.env', 9, ['maxai-bearer-over-http']],
      ['config/other.env', 3, ['maxai-prod-key']],
    ]);
    const body = commentBody(groups[0]!.findings);
    expect(body.startsWith(`${commentMarker(finding)}\n`)).toBe(true);
    expect(body.match(/<!--/g)).toHaveLength(1);
    expect(body).toMatch(/maxai-prod-key \(critical\)[\s\S]*---[\s\S]*prod-key-in-dev-config \(critical\)/);
  });
});

describe('inputs', () => {
  /** readInputs with these `INPUT_*` variables only, named as the runner names them. */
  const readWith = (inputs: Record<string, string>) => {
    const saved = { ...process.env };
    for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name];
    for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
    try {
      return readInputs();
    } finally {
      process.env = saved;
    }
  };

  it("reads the runner's INPUT_ variables through @actions/core, trimmed, with defaults", () => {
    expect(readWith({ 'fail-on': ' high ', validate: 'True', 'sarif-file': 'k.sarif' })).toMatchObject({
      failOn: 'high',
      validate: true,
      sarifFile: 'k.sarif',
    });
    expect(readWith({ validate: '' })).toEqual({
      mode: 'pr',
      failOn: 'low',
      validate: false,
      baseline: undefined,
      token: undefined,
      sarifFile: undefined,
    });
    expect(() => readWith({ 'fail-on': 'severe' })).toThrow(/input "fail-on"/);
    expect(() => readWith({ validate: 'yes' })).toThrow(/^input "validate": use true or false, not "yes"$/);
  });
});

describe('events', () => {
  const write = (name: string, payload: unknown) => {
    const file = path.join(tmp.dir, `${name}.json`);
    fs.writeFileSync(file, JSON.stringify(payload));
    return file;
  };

  it('reads a pull request, tells forks apart, and diffs from the merge base (base...head)', () => {
    const [b1, h1] = ['b1'.repeat(20), 'h1'.replace('h', 'e').repeat(20)];
    const payload = {
      pull_request: {
        number: 4,
        base: { sha: b1, repo: { full_name: 'acme/web' } },
        head: { sha: h1, repo: { full_name: 'acme/web' } },
      },
    };
    const pr = readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: write('pr', payload) });
    expect(pr).toEqual({
      kind: 'pull_request',
      owner: 'acme',
      repo: 'web',
      number: 4,
      baseSha: b1,
      headSha: h1,
      fromFork: false,
    });
    expect(scanCommandFor(pr, 'pr')).toEqual(['diff', `${b1}...${h1}`]);
    expect(scanCommandFor(pr, 'full')).toEqual(['scan', '.']);
    expect(scanCommandFor(pr, 'history')).toEqual(['git', '.']);
    payload.pull_request.head.repo.full_name = 'stranger/web';
    expect(readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: write('fork', payload) })).toMatchObject({
      fromFork: true,
    });
  });

  it('scans a pushed range, a new branch from its head commit, and a root commit against the empty tree', () => {
    const repo = path.join(tmp.dir, 'push');
    fs.mkdirSync(repo);
    git(repo, 'init', '-q');
    writeTree(repo, { 'a.txt': 'one\n' });
    const root = commitAll(repo, 'root');
    writeTree(repo, { 'a.txt': 'two\n' });
    const second = commitAll(repo, 'second');
    const parentOf = gitParent(repo);
    const push = (before: string, after: string) =>
      readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: write('push', { before, after }) });
    expect(scanCommandFor(push(root, second), 'pr', parentOf)).toEqual(['diff', '--base', root, '--head', second]);
    expect(scanCommandFor(push('0'.repeat(40), second), 'pr', parentOf)).toEqual([
      'diff',
      '--base',
      root,
      '--head',
      second,
    ]);
    expect(scanCommandFor(push('0'.repeat(40), root), 'pr', parentOf)).toEqual([
      'diff',
      '--base',
      '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
      '--head',
      root,
    ]);
  });

  it('refuses diff mode without a PR or push, and names a broken event file', () => {
    expect(() => scanCommandFor(readEvent({ GITHUB_EVENT_NAME: 'schedule' }), 'pr')).toThrow(
      /mode "pr" needs a pull_request or push event, not "schedule"/,
    );
    const broken = path.join(tmp.dir, 'broken.json');
    fs.writeFileSync(broken, '{');
    expect(() => readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: broken })).toThrow(
      /GITHUB_EVENT_PATH .*broken\.json: cannot read the event/,
    );
  });
});

describe('keylint merge', () => {
  it('rejects a file that is not a keylint report with exit 2 and its name', () => {
    writeTree(tmp.dir, { 'not-a-report.json': '{"findings": 3}' });
    const run = runCli(['merge', 'not-a-report.json'], tmp.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'keylint: not-a-report.json: not a keylint JSON report (expected "version": 1 and a "findings" array)\n',
    );
  });
});

describe('action.yml', () => {
  it('is a JavaScript action that starts the committed bundle: no shell steps, no install at run time', () => {
    const text = fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'action.yml'), 'utf8');
    const inputs = [
      ...text.slice(text.indexOf('\ninputs:'), text.indexOf('\noutputs:')).matchAll(/^ {2}([a-z-]+):$/gm),
    ].map((m) => m[1]!);
    expect(inputs).toEqual(['mode', 'fail-on', 'validate', 'baseline', 'github-token', 'sarif-file']);
    expect(text).toMatch(/^runs:\n(?:\s+#.*\n)*\s+using: node24\n\s+main: dist\/action\.js\n$/m);
    expect(text).not.toMatch(/^\s+(run|uses|steps):/m);
    expect(fs.existsSync(path.resolve(import.meta.dirname, '..', '..', 'dist', 'action.js'))).toBe(true);
  });

  it('is used in the README as it is declared: known inputs only, and the permission a SARIF upload needs', () => {
    const root = path.resolve(import.meta.dirname, '..', '..');
    const action = fs.readFileSync(path.join(root, 'action.yml'), 'utf8');
    const inputs = new Set(
      [...action.slice(action.indexOf('\ninputs:'), action.indexOf('\noutputs:')).matchAll(/^ {2}([a-z-]+):$/gm)].map(
        (m) => m[1]!,
      ),
    );
    const workflows = [...fs.readFileSync(path.join(root, 'README.md'), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1]!)
      .filter((yaml) => /uses: keylint\/keylint@/.test(yaml));
    expect(workflows.length).toBeGreaterThan(0);
    const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    for (const yaml of workflows) {
      // The release tag of this version (see the pre-commit test, which runs the README's `rev:` as written).
      expect(yaml).toContain(`uses: keylint/keylint@v${version}\n`);
      const step = yaml.slice(yaml.indexOf('uses: keylint/keylint@'));
      const withBlock = /\n(\s+)with:\n((?:\1 {2}.*\n)+)/.exec(step)?.[2] ?? '';
      for (const [, name] of withBlock.matchAll(/^\s+([a-z-]+):/gm)) expect(inputs).toContain(name);
      if (yaml.includes('upload-sarif')) expect(yaml).toMatch(/^\s+security-events: write/m);
      expect(yaml).toMatch(/^\s+pull-requests: write/m);
    }
  });
});
