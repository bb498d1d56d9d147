// Ctrl-C mid-scan: the built CLI stops taking files, prints what it found so far with a note, and exits 130.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'keylint.js');
const FILES = 3000;

/**
 * True once the process holds a descriptor of a file under `folder`: files are read, so the scan (and its handler) has
 * begun. Not any descriptor under the scanned root: yargs reads the folders from the working directory up for a
 * package.json before the command runs.
 */
function isScanning(pid: number, folder: string): boolean {
  try {
    return fs.readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return fs.readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith(folder + path.sep);
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

describe('SIGINT during scan', () => {
  let root: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir: root, cleanup } = tempDir('keylint-sigint-'));
    // Big enough (≈300 MB) that the scan is still running when the signal lands; one key up front.
    const body = Buffer.alloc(100_000, 'lorem ipsum dolor sit amet\n');
    fs.writeFileSync(path.join(root, 'a-first.env'), `MAXAI_API_KEY=${fakeKeys(3).maxProd()}\n`);
    fs.mkdirSync(path.join(root, 'bulk'));
    for (let i = 0; i < FILES; i++) fs.writeFileSync(path.join(root, 'bulk', `f${i}.txt`), body);
  });
  afterAll(() => cleanup());

  it('exits 130 with partial JSON results and a one-line message', async () => {
    const child = spawn(process.execPath, [BIN, 'scan', '.', '--format', 'json', '--no-ignore'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // Polls the process's open files rather than sleeping: no timing guess.
    const poll = setInterval(() => {
      if (isScanning(child.pid!, path.join(root, 'bulk'))) {
        clearInterval(poll);
        child.kill('SIGINT');
      }
    }, 5);
    const code = await exited;
    clearInterval(poll);

    expect(code).toBe(130);
    expect(stderr).toBe('keylint: scan interrupted: partial results\n');
    const report = JSON.parse(stdout) as { notes: Array<{ reason: string }>; stats: { files: number } };
    expect(report.notes.map((n) => n.reason)).toContain('scan interrupted: partial results');
    expect(report.stats.files).toBeLessThan(FILES + 1);
  }, 60_000);
});
