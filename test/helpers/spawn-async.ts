// Spawns a process without blocking the event loop, so that loopback servers in this test process can answer.
import { spawn } from 'node:child_process';

/** Result of one asynchronous run. */
export interface AsyncRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `command args…` in `cwd` with `env`; resolves when it exits. */
export function spawnAsync(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<AsyncRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
