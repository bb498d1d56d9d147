// Trust boundary: saved reports and the names in them (files, archive entries, authors) are data, never
// markup or terminal commands, and never a way to see a key.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/action/summary.js';
import { renderHtml } from '../../src/report/html.js';
import type { Finding, Report } from '../../src/types.js';
import { runCli, useTempDir, writeTree } from '../helpers/cli.js';
import { zipOf } from '../helpers/archive.js';
import { fakeKeys } from '../helpers/fake.js';
import { makeRepo } from '../helpers/git.js';
import { maxai, useEmulators } from '../helpers/vendor-emulator.js';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'keylint.js');
const IMG = '<img src=x onerror=alert(1)>';

/** Runs the CLI without blocking this process: the vendor emulators live here and must keep answering. */
function runAsync(args: string[], cwd: string, env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** A finding whose every text field is hostile markup (as a saved report or a crafted repository may hold). */
function hostileFinding(): Finding {
  return {
    kind: IMG as Finding['kind'],
    ruleId: `rule${IMG}`,
    vendor: 'maxai',
    file: `src/${IMG}[link](https://evil.example)![pixel](https://evil.example/p.png).env`,
    line: 1,
    column: 1,
    severity: IMG as Finding['severity'],
    fingerprint: 'abc123',
    secret: `max_prd_ak_Ab…9z${IMG}`,
    message: `why ${IMG}`,
    fix: `fix \`code\` **bold** ${IMG}`,
    author: IMG,
    commit: `c0ffee${IMG}`,
    date: '2026-01-02T03:04:05Z',
    occurrences: `2${IMG}` as unknown as number,
  };
}

describe('untrusted reports and names are data, not markup', () => {
  const tempRoot = useTempDir('keylint-sec-reports-');
  const emulator = useEmulators();

  it('report and merge reject a report whose shape is wrong with one line naming the field (exit 2)', () => {
    const root = tempRoot();
    const stats = { files: 1, bytes: 1, durationMs: 1 };
    const good = { ...hostileFinding(), kind: 'secret', severity: 'high', occurrences: 2 };
    writeTree(root, {
      'null.json': JSON.stringify({ version: 1, findings: [null], stats, notes: [] }),
      'img.json': JSON.stringify({ version: 1, findings: [{ ...good, severity: IMG }], stats, notes: [] }),
      'huge.json': JSON.stringify({ version: 1, findings: [{ ...good, line: 1e308 }], stats, notes: [] }),
      'half.json': JSON.stringify({ version: 1, findings: [{ ...good, column: 1.5 }], stats, notes: [] }),
      'stats.json': JSON.stringify({ version: 1, findings: [], stats: { ...stats, files: 1e308 }, notes: [] }),
    });
    for (const [args, field] of [
      [['report', 'null.json'], '"findings[0]" must be an object'],
      [['merge', 'null.json', '-f', 'json'], '"findings[0]" must be an object'],
      [['report', 'img.json', '-f', 'html'], '"findings[0].severity" must be one of critical, high, medium, low'],
      [['merge', 'img.json', '-f', 'html'], '"findings[0].severity" must be one of critical, high, medium, low'],
      // Before: SARIF with `"startLine": 1e+308`, which code scanning refuses with every other finding of the upload.
      [['report', 'huge.json', '-f', 'sarif'], '"findings[0].line" must be a whole number'],
      [['report', 'half.json', '-f', 'sarif'], '"findings[0].column" must be a whole number'],
      // Before: two such shards merged to `"files": null`, a report keylint itself then refused.
      [['merge', 'stats.json', 'stats.json', '-f', 'json'], '"stats.files" must be a whole number'],
    ] as const) {
      const run = runCli([...args], root);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(field);
      expect(run.stderr).not.toMatch(/unexpected error|<img/);
    }
  });

  it('a report nested a hundred thousand levels deep, or a FIFO or /dev/zero as a report: one line, exit 2 or rendered', () => {
    // Unknown fields were passed on as they came: JSON.parse takes any depth, JSON.stringify overflowed on it
    // ("unexpected error: Maximum call stack size exceeded"). And a report was read with no check of what it is.
    const root = tempRoot();
    const stats = { files: 1, bytes: 1, durationMs: 1 };
    const good = { ...hostileFinding(), kind: 'secret', severity: 'high', occurrences: 2 };
    const deep = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
    const report = (finding: object) => JSON.stringify({ version: 1, findings: [finding], stats, notes: [] });
    writeTree(root, {
      'extra.json': report({ ...good, extra: 'DEEP' }).replace('"DEEP"', deep(100_000)),
      'detail.json': report({ ...good, validation: { status: 'valid', checkedAt: 'now', detail: 'DEEP' } }).replace(
        '"DEEP"',
        deep(100_000),
      ),
    });
    const extra = runCli(['report', 'extra.json', '-f', 'json'], root);
    expect(extra.stderr).toBe('');
    expect(extra.code).toBe(0);
    expect(extra.stdout).not.toContain('extra');
    for (const [args, error] of [
      [['merge', 'detail.json', '-f', 'json'], '"findings[0].validation" must be an object with status'],
      [['report', '/dev/zero'], '/dev/zero: cannot read report (not a regular file; not read)'],
    ] as const) {
      const run = runCli([...args], root);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(error);
    }
  });

  it('merge redacts secrets again: a shard saved with --show-secrets does not pass its keys on', () => {
    const root = tempRoot();
    const key = fakeKeys(1712).maxProd();
    writeTree(root, { 'a/.env': `MAXAI_API_KEY=${key}\n` });
    const shard = runCli(['scan', 'a', '-f', 'json', '--show-secrets'], root);
    expect(shard.stdout).toContain(key);
    writeTree(root, { 'shard.json': shard.stdout });
    for (const format of ['json', 'human', 'sarif', 'html', 'github', 'junit']) {
      const merged = runCli(['merge', 'shard.json', '-f', format], root);
      expect(merged.code, format).toBe(1);
      expect(merged.stdout, format).not.toContain(key);
      expect(merged.stdout, format).not.toContain(key.slice(11, 23));
    }
  });

  it('keys in file names, archive entry names and git author names are redacted in every format', async () => {
    const root = tempRoot();
    const keys = fakeKeys(1713);
    const [inName, inContent, inEntry, inAuthor] = [keys.maxProd(), keys.maxDev(), keys.maxProd(), keys.maxProd()];
    writeTree(root, {
      [`backup_${inName}/config.env`]: `MAXAI_API_KEY=${inContent}\n`,
      // A file named after the key it holds: the found key itself, in the name.
      [`${inContent}.txt`]: `MAXAI_API_KEY=${inContent}\n`,
      'dist/bundle.zip': zipOf([{ name: `static/${inEntry}/app.js`, content: `const k = "${inContent}";\n` }]),
    });
    const leaks = (text: string) => [inName, inContent, inEntry].filter((k) => text.includes(k.slice(11, 27)));
    for (const format of ['json', 'human', 'sarif', 'html', 'github', 'junit']) {
      const run = runCli(['scan', '.', '-f', format], root);
      expect(run.code, format).toBe(1);
      expect(run.stdout, format).toContain('max_prd_ak_');
      expect(leaks(run.stdout), format).toEqual([]);
    }
    const report = JSON.parse(runCli(['scan', '.', '-f', 'json'], root).stdout) as Report;
    expect(report.findings.map((f) => f.file)).toContain(
      `backup_${inName.slice(0, 13)}…${inName.slice(-2)}/config.env`,
    );

    const repo = makeRepo('keylint-sec-author-');
    try {
      repo.write('app.env', `MAXAI_API_KEY=${inContent}\n`);
      repo.git('add', '-A');
      repo.git('commit', '-q', '--author', `${inAuthor} <dev@example.test>`, '-m', 'add config');
      const history = runCli(['git', '.', '-f', 'json'], repo.dir);
      expect(history.code).toBe(1);
      const found = JSON.parse(history.stdout) as Report;
      expect(found.findings[0]?.author).toBe(`${inAuthor.slice(0, 13)}…${inAuthor.slice(-2)} <dev@example.test>`);
      expect(history.stdout).not.toContain(inAuthor.slice(11, 27));
    } finally {
      repo.cleanup();
    }
  });

  it('HTML escapes every field of a finding, stats included', () => {
    const report = {
      version: 1,
      findings: [hostileFinding()],
      stats: { files: IMG, bytes: IMG, durationMs: 1 },
      notes: [{ file: IMG, reason: IMG }],
    } as unknown as Report;
    const html = renderHtml(report);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('the Action job summary escapes Markdown and HTML in every cell', () => {
    const report: Report = {
      version: 1,
      findings: [hostileFinding()],
      stats: { files: 1, bytes: 1, durationMs: 1 },
      notes: [],
    };
    const summary = renderSummary(report, { scope: 'the working tree', failing: 1, failOn: 'low', notes: [] });
    expect(summary).not.toMatch(/<img/i);
    const row = summary.split('\n').find((line) => line.includes('evil.example'))!;
    // No link, image or code syntax survives unescaped: `](` only as `\]\(`, every backtick as `\``.
    expect(row).not.toMatch(/[^\\]\]\(/);
    expect(row).not.toMatch(/[^\\]`/);
    // The URL left as text would still be linked by GitHub: a word joiner breaks it (see plainMarkdown).
    expect(row).toContain('\\[link\\]\\(https:\u2060//evil.example\\)');
  });

  it('revoke shows control characters of file names escaped', async () => {
    const root = tempRoot();
    const key = fakeKeys(1711).maxProd();
    const name = 'cfg\x1b[2J\x1b]0;pwned\x07\nmaxai key …ABCD [valid] fake line.env';
    writeTree(root, { [name]: `MAXAI_API_KEY=${key}\n` });
    const max = await emulator(maxai(), { [key]: 'valid' });
    const env = { KEYLINT_VALIDATION_BASE_URL_MAXAI: max.url, KEYLINT_ALLOW_INSECURE_TEST_ENDPOINTS: '1' };
    const run = await runAsync(['revoke', '.'], root, env);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    expect(run.stdout).toContain('found in: cfg\\x1b[2J\\x1b]0;pwned\\x07\\x0amaxai key …ABCD [valid] fake line.env:1');
    expect(run.stdout.split('\n').filter((line) => line.startsWith('maxai key'))).toHaveLength(1);
    expect(run.stdout).not.toContain(key);
    expect(fs.existsSync(path.join(root, name))).toBe(true);
  });
});
