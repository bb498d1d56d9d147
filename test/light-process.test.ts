// src/light-process.ts stands in for child_process.spawnSync and tty.isatty on a pre-commit's path: each answer,
// errors included, must be the one Node's public functions give for the same call.
import childProcess from 'node:child_process';
import tty from 'node:tty';
import { describe, expect, it } from 'vitest';
import { isatty, spawnSync, type SyncOptions } from '../src/light-process.js';

const node = process.execPath;
const base: SyncOptions = {
  cwd: process.cwd(),
  env: { ...process.env, LIGHT_PROCESS: 'yes' },
  stdio: ['ignore', 'pipe', 'pipe'],
  maxBuffer: 1 << 20,
};

/** What both give, without the parts that differ from run to run (pid) or by construction (the error's stack). */
function outcome(run: ReturnType<typeof spawnSync>) {
  const { error } = run;
  return {
    status: run.status,
    signal: run.signal,
    output: run.output,
    stdout: run.stdout,
    stderr: run.stderr,
    error: error && { message: error.message, ...error },
  };
}

function same(file: string, args: string[], options: SyncOptions): ReturnType<typeof outcome> {
  const light = outcome(spawnSync(file, args, options));
  expect(light).toEqual(outcome(childProcess.spawnSync(file, args, options)));
  return light;
}

describe('light-process', () => {
  it('gives spawnSync’s stdout, stderr and exit status', () => {
    const script =
      "process.stdout.write(process.env.LIGHT_PROCESS + process.cwd()); process.stderr.write('e\\u00e9'); process.exit(3)";
    const run = same(node, ['-e', script], { ...base, cwd: '/' });
    expect(run.status).toBe(3);
    expect(run.stdout?.toString()).toBe('yes/');
  });

  it('feeds its input to stdin', () => {
    const run = same(node, ['-e', 'process.stdin.pipe(process.stdout)'], {
      ...base,
      stdio: ['pipe', 'pipe', 'pipe'],
      input: Buffer.from('through stdin\n'),
    });
    expect(run.stdout?.toString()).toBe('through stdin\n');
  });

  it('gives the same errors: no such program, past maxBuffer, past the timeout, killed by a signal', () => {
    expect(same('keylint-no-such-program', ['x'], base).error?.code).toBe('ENOENT');
    expect(same(node, ['-e', "process.stdout.write('x'.repeat(5000))"], { ...base, maxBuffer: 100 }).error?.code).toBe(
      'ENOBUFS',
    );
    expect(same(node, ['-e', 'setTimeout(() => {}, 5000)'], { ...base, timeout: 200 }).error?.code).toBe('ETIMEDOUT');
    expect(same(node, ['-e', "process.kill(process.pid, 'SIGKILL')"], base).signal).toBe('SIGKILL');
  });

  it('answers isatty as node:tty does', () => {
    for (const fd of [-1, 0, 1, 2, 3, 99, 1.5, 2 ** 31]) expect(isatty(fd)).toBe(tty.isatty(fd));
  });
});
