// Boundary: custom rule regexes are untrusted code. A pattern that backtracks exponentially is refused when the
// rules load, with a one-line error naming the rule, instead of hanging the scan on the first matching line.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '../helpers/cli.js';

const BIN = path.resolve(import.meta.dirname, '..', '..', 'bin', 'keylint.js');
const root = useTempDir('keylint-custom-rules-');

/** Runs `keylint scan` in `cwd`, killed after 20 s: today's engine never finishes the ReDoS below. */
function scan(cwd: string) {
  return new Promise<{ code: number | null; stderr: string; ms: number; killed: boolean }>((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, 'scan', '.', '--format', 'json'], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let killed = false;
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, 20_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, ms: performance.now() - started, killed });
    });
  });
}

const rule = (id: string, regex: string) => ({
  id,
  description: 'An internal token',
  severity: 'high',
  keywords: ['aaa'],
  patterns: [{ regex }],
  message: 'A token.',
  fix: 'Rotate it.',
  examples: { match: ['aaaa'], noMatch: [] },
});

describe('custom rule regexes', () => {
  it("(?<secret>(a|aa)+)+$ on sixty a's: refused at load in a second or two, naming the rule", async () => {
    const dir = root();
    writeTree(dir, {
      '.keylint.json': JSON.stringify({ rules: [rule('acme-redos', '(?<secret>(a|aa)+)+$')] }),
      'input.txt': `${'a'.repeat(60)}!\n`,
    });
    const run = await scan(dir);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^keylint: .*\.keylint\.json: rule "acme-redos": patterns\[0\]\.regex can take exponential time/,
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    // Node's start-up included; generous for a loaded shared machine.
    expect(run.ms).toBeLessThan(5_000);
  });

  it('the same shape in a nearby condition or an allow list is refused too', async () => {
    const dir = root();
    const nearby = {
      ...rule('acme-nearby', '(?<secret>aaa\\w{8})'),
      patterns: [{ regex: '(?<secret>aaa\\w{8})', requires: [{ regex: '(\\w+\\s?)+$', withinLines: 2 }] }],
    };
    writeTree(dir, { '.keylint.json': JSON.stringify({ rules: [nearby] }), 'input.txt': 'hello\n' });
    const run = await scan(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('rule "acme-nearby": patterns[0].requires[0].regex can take exponential time');
  });

  it('an ordinary custom rule still loads and finds its token', async () => {
    const dir = root();
    writeTree(dir, {
      '.keylint.json': JSON.stringify({ rules: [rule('acme-token', '(?<secret>aaa_[a-z0-9]{16})')] }),
      'input.txt': 'token = aaa_k3j9x0q2w7e5r1t8\n',
    });
    const run = await scan(dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });
});
