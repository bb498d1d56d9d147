// Runs the built CLI as a user would, and builds fixture trees in temp folders.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach } from 'vitest';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'keylint.js');

/** Result of one CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns `keylint args…` in `cwd` with colour off. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh temp folder, removed by the returned cleanup. */
export function tempDir(prefix = 'keylint-'): { dir: string; cleanup: () => void } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A temp folder for the whole calling suite, removed after it, and a writer of files below it (returning their paths). */
export function useTempTree(prefix?: string): { root: string; write: (file: string, text: string) => string } {
  const { dir: root, cleanup } = tempDir(prefix);
  afterAll(cleanup);
  const write = (file: string, text: string): string => {
    const at = path.join(root, file);
    fs.mkdirSync(path.dirname(at), { recursive: true });
    fs.writeFileSync(at, text);
    return at;
  };
  return { root, write };
}

/** A fresh temp folder for each test of the calling suite, removed after it; call the result for its path. */
export function useTempDir(prefix?: string): () => string {
  let current: ReturnType<typeof tempDir> | undefined;
  beforeEach(() => {
    current = tempDir(prefix);
  });
  afterEach(() => current?.cleanup());
  return () => current!.dir;
}

/** Writes `files` (relative path → content) under `root`. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}
