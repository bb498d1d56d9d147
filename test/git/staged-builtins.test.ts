// What `keylint staged` leaves unloaded: a hook runs it on every commit, and each of Node's built-in modules costs
// its compile at every start. node:crypto is not needed for a fingerprint (src/sha256.ts), node:zlib only to
// decompress a base64 literal (views.ts); both were loaded by every pre-commit once. Nor node:child_process, node:tty
// or what they load (net, dgram, the stream modules): the one git diff and the question whether stderr is a terminal
// go through Node's own bindings (src/light-process.ts), unless --pending-deprecation would have them warn.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useTempDir } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';
import { useRepos } from '../helpers/git.js';

const keys = fakeKeys(23);

describe('keylint staged, built-in modules', () => {
  const repo = useRepos({ initial: true });
  const scratch = useTempDir('keylint-staged-builtins-');

  /** The built-in modules loaded by a `keylint staged` run in `dir`, and its exit code. */
  const loadedBy = (dir: string, options = '') => {
    const list = path.join(scratch(), 'modules.json');
    const preload = path.join(scratch(), 'preload.cjs');
    fs.writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));`,
    );
    const run = runCli(['staged', '--format', 'json'], dir, { NODE_OPTIONS: `--require "${preload}" ${options}` });
    const modules = (JSON.parse(fs.readFileSync(list, 'utf8')) as string[])
      .filter((entry) => entry.startsWith('NativeModule '))
      .map((entry) => entry.slice('NativeModule '.length));
    return { code: run.code, modules, stdout: run.stdout, stderr: run.stderr };
  };

  it('loads neither node:zlib, node:crypto, node:child_process nor the stream modules for a clean commit or one with a key', () => {
    const r = repo();
    r.write('src/app.ts', "export const greeting = 'hello';\n");
    r.git('add', '-A');
    const clean = loadedBy(r.dir);
    expect(clean.code).toBe(0);
    r.write('src/config.ts', `export const MAXAI_API_KEY = '${keys.maxProd()}';\n`);
    r.git('add', '-A');
    const withKey = loadedBy(r.dir);
    expect(withKey.code).toBe(1);
    for (const { modules } of [clean, withKey]) {
      expect(modules).toContain('vm');
      for (const name of ['zlib', 'crypto', 'child_process', 'tty', 'net', 'stream'])
        expect(modules).not.toContain(name);
    }
  });

  it('runs git through node:child_process, and warns of nothing, under --pending-deprecation', () => {
    const r = repo();
    r.write('src/config.ts', `export const MAXAI_API_KEY = '${keys.maxProd()}';\n`);
    r.git('add', '-A');
    const light = loadedBy(r.dir);
    const pending = loadedBy(r.dir, '--pending-deprecation');
    expect(pending.code).toBe(1);
    expect(pending.modules).toContain('child_process');
    expect(pending.stderr).not.toMatch(/DeprecationWarning|DEP0111/);
    const report = (out: string) => JSON.parse(out.replace(/"durationMs": \d+/, '"durationMs": 0')) as unknown;
    expect(report(pending.stdout)).toEqual(report(light.stdout));
  });
});
