// Node's `spawnSync` and `isatty` without loading node:child_process or node:tty. Each of those modules loads net,
// and net the stream modules and dgram: about 18M instructions of a pre-commit run (8% of a clean commit's) that
// `node -e 0` never pays, for one git diff and one question about stderr. Both are thin layers over Node's own
// spawn_sync and tty_wrap bindings, which process.binding still hands out (documentation-deprecated, DEP0111). Under
// --pending-deprecation that call warns, and where it is refused (the permission model) or missing it throws: the
// public modules are taken then, so what a run prints and does is the same either way.
import type { SpawnSyncReturns } from 'node:child_process';

export interface SyncOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  input?: Buffer;
  stdio: ['ignore' | 'pipe', 'pipe', 'pipe'];
  maxBuffer: number;
  timeout?: number;
}

interface SpawnSyncBinding {
  spawn(options: object): {
    pid: number;
    status: number | null;
    signal: NodeJS.Signals | null;
    output: Array<Buffer | null> | null;
    error?: number;
  };
}

interface Bindings {
  spawn_sync: SpawnSyncBinding;
  tty_wrap: { isTTY(fd: number): boolean };
}

/** child_process.spawnSync(file, args, options), its result and its errors the same. */
export function spawnSync(file: string, args: string[], options: SyncOptions): SpawnSyncReturns<Buffer> {
  // On Windows Node also sorts and folds the environment's names and quotes arguments: left to it there.
  const plain = process.platform !== 'win32' && ![file, options.cwd, ...args].some((s) => s.includes('\0'));
  const native = plain ? binding('spawn_sync') : undefined;
  if (!native) return process.getBuiltinModule('node:child_process').spawnSync(file, args, options);
  const envPairs: string[] = [];
  for (const key in options.env) {
    const value = options.env[key];
    if (value === undefined) continue;
    // Node refuses these with a TypeError of its own before starting anything.
    if (key.includes('\0') || value.includes('\0'))
      return process.getBuiltinModule('node:child_process').spawnSync(file, args, options);
    envPairs.push(`${key}=${value}`);
  }
  // As Node's getValidStdio gives them for a synchronous spawn, stdin carrying the input.
  const stdio: object[] = options.stdio.map((kind, i) =>
    kind === 'ignore' ? { type: 'ignore' } : { type: 'pipe', readable: i === 0, writable: i !== 0 },
  );
  if (options.input) stdio[0] = { ...stdio[0], input: options.input };
  const result = native.spawn({
    file,
    args: [file, ...args],
    cwd: options.cwd,
    envPairs,
    stdio,
    maxBuffer: options.maxBuffer,
    timeout: options.timeout,
    detached: false,
    windowsHide: false,
    windowsVerbatimArguments: false,
  });
  const { pid, status, signal, output } = result;
  const error = result.error === undefined ? undefined : spawnError(result.error, file, args);
  return {
    pid,
    status,
    signal,
    output,
    stdout: output ? output[1] : null,
    stderr: output ? output[2] : null,
    error,
  } as SpawnSyncReturns<Buffer>;
}

/** tty.isatty(fd). */
export function isatty(fd: number): boolean {
  const native = binding('tty_wrap');
  if (!native) return process.getBuiltinModule('node:tty').isatty(fd);
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && native.isTTY(fd);
}

/** The error Node's spawnSync gives for a libuv error number (`spawnSync git ENOENT`). */
function spawnError(errno: number, file: string, args: string[]): NodeJS.ErrnoException {
  const code = process.getBuiltinModule('node:util').getSystemErrorName(errno);
  const syscall = `spawnSync ${file}`;
  return Object.assign(new Error(`${syscall} ${code}`), { errno, code, syscall, path: file, spawnargs: args });
}

/** Node's own binding, or undefined where asking for it would warn (--pending-deprecation) or is refused. */
function binding<K extends keyof Bindings>(name: K): Bindings[K] | undefined {
  const get = (process as unknown as { binding?: (name: string) => unknown }).binding;
  // Under --pending-deprecation, process.binding is Node's `deprecated` wrapper, which warns once called.
  if (typeof get !== 'function' || get.name !== 'binding') return undefined;
  try {
    return get.call(process, name) as Bindings[K];
  } catch {
    return undefined;
  }
}
