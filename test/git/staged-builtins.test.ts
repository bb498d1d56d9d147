// What `keylint staged` leaves unloaded: a hook runs it on every commit, and each of Node's built-in modules costs
// its compile at every start. node:crypto is not needed for a fingerprint (src/sha256.ts), node:zlib only to
// decompress a base64 literal (views.ts); both were loaded by every pre-commit once.
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
  const loadedBy = (dir: string) => {
    const list = path.join(scratch(), 'modules.json');
    const preload = path.join(scratch(), 'preload.cjs');
    fs.writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));`,
    );
    const run = runCli(['staged', '--format', 'json'], dir, { NODE_OPTIONS: `--require "${preload}"` });
    const modules = (JSON.parse(fs.readFileSync(list, 'utf8')) as string[])
      .filter((entry) => entry.startsWith('NativeModule '))
      .map((entry) => entry.slice('NativeModule '.length));
    return { code: run.code, modules };
  };

  it('loads neither node:zlib nor node:crypto for a clean commit or one with a key', () => {
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
      expect(modules).toContain('child_process');
      expect(modules).not.toContain('zlib');
      expect(modules).not.toContain('crypto');
    }
  });
});
