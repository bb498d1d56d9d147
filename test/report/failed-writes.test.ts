// Faults at the edges: report and baseline writes that fail part-way (file size limit, the stand-in for a
// full disk) or cannot start (parent is a file) exit 2 with one line, and leave no truncated or temp file.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';
import { gitEnv, makeRepo } from '../helpers/git.js';
import type { Report } from '../../src/types.js';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'keylint.js');

/**
 * Runs the CLI with a 1 KB file size limit: a larger write fails with EFBIG after its first kilobyte,
 * exactly like a disk filling up mid-write (Node ignores SIGXFSZ, so the error reaches the code).
 */
function runLimited(args: string[], cwd: string) {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const run = spawnSync('bash', ['-c', `ulimit -f 1; exec ${quoted}`], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Leftover temp files of writeFileAtomic. */
function temps(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));
}

const keys = fakeKeys(41);

describe('failed writes', () => {
  let root: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir: root, cleanup } = tempDir('keylint-faults-'));
    writeTree(root, {
      'a.env': Array.from({ length: 12 }, (_, i) => `MAXAI_KEY_${i}=${keys.maxProd()}`).join('\n') + '\n',
    });
  });
  afterEach(() => cleanup());

  it('a report that fills the disk: exit 2, one line, no truncated target', () => {
    const run = runLimited(['scan', '.', '--format', 'json', '--output', 'report.json'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('keylint: cannot write report.json: EFBIG\n');
    expect(fs.existsSync(path.join(root, 'report.json'))).toBe(false);
    expect(temps(root)).toEqual([]);
  });

  it('a report whose parent is a file: exit 2, one line', () => {
    const run = runCli(['scan', '.', '--format', 'sarif', '--output', 'a.env/report.sarif'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('keylint: cannot write a.env/report.sarif: ENOTDIR\n');
    expect(temps(root)).toEqual([]);
  });

  it('a baseline rewrite that fills the disk leaves the old baseline as it was', () => {
    fs.writeFileSync(path.join(root, 'first.env'), `MAXAI_API_KEY=${keys.maxDev()}\n`);
    expect(runCli(['baseline', 'first.env'], root).code).toBe(0);
    const before = fs.readFileSync(path.join(root, '.keylint-baseline.json'), 'utf8');
    expect(before.length).toBeLessThan(1024);

    const run = runLimited(['baseline', '.'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('keylint: cannot write .keylint-baseline.json: EFBIG\n');
    expect(fs.readFileSync(path.join(root, '.keylint-baseline.json'), 'utf8')).toBe(before);
    expect(temps(root)).toEqual([]);
  });
});

describe('git cat-file killed mid-stream', () => {
  it('notes the unread objects, reports the ones read, and never crashes', () => {
    const repo = makeRepo('keylint-catfile-');
    const bin = tempDir('keylint-fakebin-');
    try {
      repo.commit({
        'a.env': `MAXAI_API_KEY=${keys.maxProd()}\n`,
        'b.txt': `${keys.alnum(50_000)}\n`,
        'c.env': `MAXAI_API_KEY=${keys.maxDev()}\n`,
      });
      // A `git` in front of the real one: cat-file's output is cut inside the 50 KB blob, then the process is killed.
      const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
      const wrapper = path.join(bin.dir, 'git');
      fs.writeFileSync(
        wrapper,
        `#!/bin/sh\ncase " $* " in *" cat-file "*) "${real}" "$@" | head -c 30000; kill -KILL $$ ;; esac\nexec "${real}" "$@"\n`,
        { mode: 0o755 },
      );
      const run = spawnSync(process.execPath, [BIN, 'git', '--format', 'json'], {
        cwd: repo.dir,
        encoding: 'utf8',
        env: { ...gitEnv(), PATH: `${bin.dir}:${process.env.PATH}` },
      });
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect([0, 1]).toContain(run.status);
      const report = JSON.parse(run.stdout) as Report;
      const read = new Set(report.findings.map((f) => f.file));
      const noted = new Set(report.notes.map((n) => n.file));
      // Every blob is accounted for: found, or named in a note.
      expect(noted.has('b.txt')).toBe(true);
      for (const file of ['a.env', 'c.env']) expect(read.has(file) || noted.has(file)).toBe(true);
      expect(report.notes.some((n) => /unreadable object|git cat-file/.test(n.reason))).toBe(true);
    } finally {
      repo.cleanup();
      bin.cleanup();
    }
  });
});
