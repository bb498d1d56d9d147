// Bad input never crashes the scan and never loses a finding elsewhere in it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE } from '../../src/detect/engine.js';
import { scanSource } from '../../src/scan/run.js';
import type { Item, Source } from '../../src/types.js';
import { runCli, useTempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';
import { builtinRules, scanMemory } from '../helpers/scan.js';

const keys = fakeKeys(3);

describe('bad input in a directory scan', () => {
  const tempRoot = useTempDir();

  it('survives symbolic link loops and still finds keys beside them', () => {
    const root = tempRoot();
    const key = keys.maxProd();
    writeTree(root, { 'app/config.ts': `export const k = '${key}';\n` });
    fs.symlinkSync('.', path.join(root, 'app', 'loop'));
    fs.symlinkSync('self', path.join(root, 'self'));
    const run = runCli(['scan', '.', '--format', 'json'], root);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['app/config.ts']);
  });

  it('reads invalid UTF-8 and reports the right line and column', () => {
    const root = tempRoot();
    const key = keys.maxDev();
    const bytes = Buffer.concat([
      Buffer.from('ok\n'),
      Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80]),
      Buffer.from(`\nkey = "${key}"\n`),
    ]);
    writeTree(root, { 'weird.txt': bytes });
    const finding = JSON.parse(runCli(['scan', '.', '--format', 'json'], root).stdout).findings[0];
    expect(finding).toMatchObject({ ruleId: 'maxai-dev-key', line: 3, column: 8 });
  });

  it('counts columns in UTF-16 units after non-ASCII text', () => {
    const root = tempRoot();
    const key = keys.maxDev();
    writeTree(root, { 'i18n.ts': `const label = "Clé API — 🚀"; const k = "${key}";\n` });
    const finding = JSON.parse(runCli(['scan', '.', '--format', 'json'], root).stdout).findings[0];
    const line = `const label = "Clé API — 🚀"; const k = "`;
    expect(finding.column).toBe(line.length + 1);
  });

  it('decodes UTF-16 text files instead of calling them binary', () => {
    const root = tempRoot();
    const key = keys.maxProd();
    writeTree(root, {
      'win.ini': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`[maxai]\r\nkey=${key}\r\n`, 'utf16le')]),
    });
    const finding = JSON.parse(runCli(['scan', '.', '--format', 'json'], root).stdout).findings[0];
    expect(finding).toMatchObject({ ruleId: 'maxai-prod-key', line: 2, column: 5 });
  });

  it('exits 2 with one line naming the file for a malformed config', () => {
    const root = tempRoot();
    writeTree(root, { '.keylint.json': '{ "allow": { "paths": [ "docs/**" ' });
    const run = runCli(['scan', '.'], root);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`${path.join(root, '.keylint.json')}: invalid JSON`);
  });

  it('exits 2 naming the file, rule and field for a bad rule in the config', () => {
    const root = tempRoot();
    writeTree(root, {
      'keylint.json': JSON.stringify({
        rules: [
          {
            id: 'acme-key',
            description: 'x',
            severity: 'severe',
            message: 'm',
            fix: 'f',
            keywords: ['acme'],
            patterns: [{ regex: 'acme_[a-z]{20}' }],
            examples: { match: ['x'], noMatch: [] },
          },
        ],
      }),
    });
    const run = runCli(['scan', '.', '--config', 'keylint.json'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `keylint: keylint.json: rule "acme-key": "severity" must be one of critical, high, medium, low\n`,
    );
  });

  it('exits 2 for an invalid regex in a config rule', () => {
    const root = tempRoot();
    writeTree(root, {
      '.keylint.json': JSON.stringify({
        rules: [
          {
            id: 'acme-key',
            description: 'x',
            severity: 'high',
            message: 'm',
            fix: 'f',
            keywords: ['acme'],
            patterns: [{ regex: 'acme_([a-z]{20}' }],
            examples: { match: ['x'], noMatch: [] },
          },
        ],
      }),
    });
    const run = runCli(['scan', '.'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/rule "acme-key": patterns\[0\]\.regex: invalid regular expression/);
  });

  it('loads extra rules from the config and applies path allowlists', () => {
    const root = tempRoot();
    const acme = 'acme_' + 'live_' + 'q7Hk29sLmZ04xPbc81Rt';
    writeTree(root, {
      '.keylint.json': JSON.stringify({
        rules: [
          {
            id: 'acme-live-key',
            vendor: null,
            description: 'Acme key',
            severity: 'medium',
            message: 'm',
            fix: 'f',
            keywords: ['acme_live_'],
            patterns: [{ regex: '\\b(?<secret>acme_live_[A-Za-z0-9]{20})\\b' }],
            examples: { match: ['acme_live_{{alnum:20}}'], noMatch: [] },
          },
        ],
        allow: { paths: ['vendor/**', { glob: 'old/**', reason: 'rotated', expires: '2001-01-01' }] },
      }),
      'src/a.ts': `const k = "${acme}";\n`,
      'vendor/b.ts': `const k = "${acme}";\n`,
      'old/c.ts': `const k = "${acme}";\n`,
    });
    const report = JSON.parse(runCli(['scan', '.', '--format', 'json'], root).stdout);
    expect(report.findings.map((f: { file: string; ruleId: string }) => `${f.ruleId} ${f.file}`)).toEqual([
      'acme-live-key old/c.ts',
      'acme-live-key src/a.ts',
    ]);
    expect(report.notes[0].reason).toMatch(/allow entry "old\/\*\*" expired on 2001-01-01/);
  });

  it('exits 2 on unknown flags and formats', () => {
    const root = tempRoot();
    expect(runCli(['scan', '--bogus'], root).code).toBe(2);
    const run = runCli(['scan', '.', '--format', 'xml'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^keylint: unknown --format "xml" \(use human, json.*\)\n$/);
  });

  it('survives a reader that stops early: the rest of the output is dropped and the exit is still 1', () => {
    const root = tempRoot();
    // Far more output than a pipe holds, into a reader that exits after one byte.
    writeTree(root, {
      'keys.env': Array.from({ length: 400 }, (_, i) => `KEY_${i}_MAXAI_API_KEY=${keys.maxProd()}`).join('\n'),
    });
    const cli = `"${process.execPath}" "${path.resolve('bin/keylint.js')}" scan . --format json`;
    const piped = spawnSync('bash', ['-c', `set -o pipefail; ${cli} | head -c 1 >/dev/null`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(1);
  });
});

describe('failing items inside a scan', () => {
  it('turns a vanished or unreadable file into a note and keeps the other findings', async () => {
    const key = keys.maxProd();
    const failing = (code: string): Item => ({
      path: `gone-${code}.ts`,
      read: async () => {
        throw Object.assign(new Error(`${code}: no`), { code });
      },
    });
    const source: Source = {
      async *items() {
        yield failing('ENOENT');
        yield { path: 'ok.ts', read: async () => Buffer.from(`k = "${key}"\n`) };
        yield failing('EACCES');
      },
    };
    const { report } = await scanSource(source, builtinRules());
    expect(report.findings.map((f) => f.file)).toEqual(['ok.ts']);
    expect(report.notes).toEqual([
      { file: 'gone-EACCES.ts', reason: 'permission denied' },
      { file: 'gone-ENOENT.ts', reason: 'vanished before it could be read' },
    ]);
  });

  it('streams a single-line file larger than a block and finds keys across block boundaries', async () => {
    const size = BLOCK_SIZE * 2 + 4096;
    const line = Buffer.alloc(size, 'a=1;');
    const planted = [BLOCK_SIZE - 20, BLOCK_SIZE * 2 - 5, 1000].map((at) => ({ at, key: keys.maxDev() }));
    for (const { at, key } of planted) Buffer.from(`"${key}"`).copy(line, at);
    const item: Item = {
      path: 'dist/huge.bundle.js',
      size,
      read: async () => line,
      stream: async function* () {
        for (let at = 0; at < size; at += 1024 * 1024) yield line.subarray(at, at + 1024 * 1024);
      },
    };
    const { report, secrets } = await scanSource(
      {
        items: async function* () {
          yield item;
        },
      },
      builtinRules(),
    );
    const secretsFound = report.findings.filter((f) => f.kind === 'secret');
    expect(secretsFound.map((f) => [f.line, f.column, secrets.get(f.fingerprint)])).toEqual(
      [...planted].sort((a, b) => a.at - b.at).map(({ at, key }) => [1, at + 2, key]),
    );
  });

  it('handles an empty file and a file of only newlines', async () => {
    const { report } = await scanMemory([
      { path: 'empty', content: '' },
      { path: 'nl', content: '\n\n\n' },
    ]);
    expect(report).toMatchObject({ findings: [], stats: { files: 2 } });
  });
});
