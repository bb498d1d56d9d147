// Runs the built keylint CLI as a child process and reads its JSON report: what the Action and the audit wrap.
import { spawn } from 'node:child_process';
import { KEYLINT_BIN } from './package-root.js';
import { parseReport } from './report/read.js';
import type { Report } from './types.js';

/** One finished CLI run: exit code, parsed report (when it printed one) and stderr. */
export interface KeylintRun {
  code: number;
  report?: Report;
  stderr: string;
  stdout: string;
}

/** Spawns `node bin/keylint.js …args` (an argument array, never a shell string) in `cwd`; `signal` kills it. */
export function runKeylint(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; signal?: AbortSignal },
): Promise<KeylintRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KEYLINT_BIN, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: options.signal,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(options.signal?.aborted ? options.signal.reason : error));
    child.on('close', (code) => {
      if (options.signal?.aborted) return reject(options.signal.reason);
      const stdout = Buffer.concat(out).toString('utf8');
      resolve({ code: code ?? 2, report: reportOf(stdout), stderr: Buffer.concat(err).toString('utf8'), stdout });
    });
  });
}

function reportOf(stdout: string): Report | undefined {
  const report = parseReport(stdout);
  return 'error' in report ? undefined : report;
}
