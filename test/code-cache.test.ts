// The launcher's code cache (bin/code-cache.js): used only when made from the same bytes, never in the way of a
// run (garbage, a folder that cannot be written, NODE_DISABLE_COMPILE_CACHE), written once a run is done, and
// again only by a run that went where the runs that wrote it did not. Each load is a process of its own, as each
// keylint run is: V8 would otherwise reuse what it compiled in memory.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { runCli, useTempDir } from './helpers/cli.js';
import { fakeKeys } from './helpers/fake.js';
import { gitEnv, makeRepo } from './helpers/git.js';

const CODE_CACHE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'code-cache.js');
// argv: the module, the cache folder, and the paths the run reaches (a bit set: bit 2 runs the module's `extra`).
const LOADER = `const loaded = require(${JSON.stringify(CODE_CACHE)}).requireCached(process.argv[1], process.argv[2]);
const reached = Number(process.argv[3]);
const answer = loaded.exports.answer() + (reached & 2 ? loaded.exports.extra() : '');
loaded.save(reached);
console.log(JSON.stringify({ answer, fromCache: loaded.fromCache }));`;

const dir = useTempDir('keylint-code-cache-');

/**
 * A CommonJS module whose answer is `word`, and the cache folder beside it. Its `extra` is a function of some size
 * that V8 compiles only when it runs (lazily), so only a cache written after a run that called it holds it.
 */
function moduleSaying(word: string): { file: string; cache: string } {
  const file = path.join(dir(), 'bundle.cjs');
  const sums = Array.from({ length: 200 }, (_, i) => `  n = (n * 31 + ${i}) % 65521;`).join('\n');
  fs.writeFileSync(
    file,
    `'use strict';\nexports.answer = () => ${JSON.stringify(word)} + require('node:path').sep;\n` +
      `exports.extra = () => {\n  let n = 7;\n${sums}\n  return String(n);\n};\n`,
  );
  return { file, cache: path.join(dir(), 'cache') };
}

/** Loads `file` through the code cache in a new process, as the launcher does, and saves the cache. */
function load(
  file: string,
  cache: string,
  env: Record<string, string> = {},
  reached = 1,
): { answer: string; fromCache: boolean } {
  const run = spawnSync(process.execPath, ['-e', LOADER, file, cache, String(reached)], {
    encoding: 'utf8',
    env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '', ...env },
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

it('compiles the first run, saves, and serves the next run from the cache', () => {
  const { file, cache } = moduleSaying('first');
  expect(load(file, cache)).toEqual({ answer: 'first/', fromCache: false });
  expect(fs.readdirSync(cache)).toHaveLength(1);
  expect(load(file, cache)).toEqual({ answer: 'first/', fromCache: true });
});

/** The cache file in `cache`: its inode and size, which a write (a new file renamed over it) changes. */
function cacheFileOf(cache: string): { ino: number; size: number } {
  const names = fs.readdirSync(cache);
  expect(names).toHaveLength(1);
  const { ino, size } = fs.statSync(path.join(cache, names[0]!));
  return { ino, size };
}

it('writes the cache again once, after the first run that reaches code the runs that wrote it did not', () => {
  const { file, cache } = moduleSaying('clean');
  const withExtra = { answer: expect.stringMatching(/^clean\/\d+$/), fromCache: true };
  load(file, cache, {}, 1);
  const clean = cacheFileOf(cache);
  expect(load(file, cache, {}, 1)).toEqual({ answer: 'clean/', fromCache: true });
  expect(cacheFileOf(cache)).toEqual(clean);
  expect(load(file, cache, {}, 3)).toEqual(withExtra);
  const both = cacheFileOf(cache);
  expect(both.ino).not.toBe(clean.ino);
  // V8's data now holds `extra`, compiled by that run, beside what the first run compiled.
  expect(both.size).toBeGreaterThan(clean.size + 1000);
  for (const reached of [3, 1, 2]) {
    expect(load(file, cache, {}, reached).fromCache).toBe(true);
    expect(cacheFileOf(cache)).toEqual(both);
  }
});

it('a cache first written by a run that reached everything is not written again by one that reached less', () => {
  const { file, cache } = moduleSaying('key');
  load(file, cache, {}, 3);
  const both = cacheFileOf(cache);
  expect(load(file, cache, {}, 1)).toEqual({ answer: 'key/', fromCache: true });
  expect(cacheFileOf(cache)).toEqual(both);
});

it('a run that reached nothing (a failed run) writes no cache; the next run does', () => {
  const { file, cache } = moduleSaying('x');
  expect(load(file, cache, {}, 0)).toEqual({ answer: 'x/', fromCache: false });
  expect(fs.existsSync(cache)).toBe(false);
  load(file, cache, {}, 1);
  expect(load(file, cache, {}, 1)).toEqual({ answer: 'x/', fromCache: true });
});

it('two runs at once that both reach new code (two commits) leave one whole cache and no temporary file', async () => {
  const { file, cache } = moduleSaying('both');
  load(file, cache, {}, 1);
  const runs = [0, 1].map(
    () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, ['-e', LOADER, file, cache, '3'], {
          env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '' },
          stdio: 'ignore',
        });
        child.on('close', resolve);
      }),
  );
  expect(await Promise.all(runs)).toEqual([0, 0]);
  const both = cacheFileOf(cache);
  expect(load(file, cache, {}, 3)).toEqual({ answer: expect.stringMatching(/^both\/\d+$/), fromCache: true });
  expect(cacheFileOf(cache)).toEqual(both);
});

it('ignores a cache made from other bytes of the same length, and replaces it', () => {
  const { file, cache } = moduleSaying('aaaa');
  load(file, cache);
  moduleSaying('bbbb');
  expect(load(file, cache)).toEqual({ answer: 'bbbb/', fromCache: false });
  expect(load(file, cache)).toEqual({ answer: 'bbbb/', fromCache: true });
});

it('runs without the cache when it is garbage, and replaces it', () => {
  const { file, cache } = moduleSaying('x');
  load(file, cache);
  const saved = path.join(cache, fs.readdirSync(cache)[0]!);
  const data = fs.readFileSync(saved);
  const v8Data = data.readUInt32LE(0) + 4;
  fs.writeFileSync(saved, Buffer.concat([data.subarray(0, v8Data), Buffer.alloc(data.length - v8Data, 7)]));
  expect(load(file, cache)).toEqual({ answer: 'x/', fromCache: false });
  expect(load(file, cache)).toEqual({ answer: 'x/', fromCache: true });
});

it('runs without the cache where it cannot be written', () => {
  const { file } = moduleSaying('x');
  const blocked = path.join(dir(), 'not-a-folder');
  fs.writeFileSync(blocked, '');
  expect(load(file, path.join(blocked, 'cache'))).toEqual({ answer: 'x/', fromCache: false });
});

it('neither reads nor writes the cache under NODE_DISABLE_COMPILE_CACHE', () => {
  const { file, cache } = moduleSaying('off');
  load(file, cache);
  expect(load(file, cache, { NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual({ answer: 'off/', fromCache: false });
  fs.rmSync(cache, { recursive: true });
  load(file, cache, { NODE_DISABLE_COMPILE_CACHE: '1' });
  expect(fs.existsSync(cache)).toBe(false);
});

// Node 22.1 and later keep the compiled code of the full CLI's ES modules too (module.enableCompileCache).
it.runIf('enableCompileCache' in module)('keeps Node’s compile cache of the full CLI beside its own', () => {
  const cache = path.resolve(path.dirname(CODE_CACHE), '..', 'node_modules', '.cache', 'keylint');
  expect(runCli(['rules'], dir()).code).toBe(0);
  expect(fs.readdirSync(cache).filter((name) => fs.statSync(path.join(cache, name)).isDirectory())).not.toEqual([]);
});

it('the launcher without its bundles (a checkout never built) ends in one line and exit 2, for staged too', () => {
  const bin = path.join(dir(), 'bin');
  fs.mkdirSync(bin);
  for (const name of fs.readdirSync(path.dirname(CODE_CACHE)))
    fs.copyFileSync(path.join(path.dirname(CODE_CACHE), name), path.join(bin, name));
  for (const args of [['staged'], ['scan', '.']]) {
    const run = spawnSync(process.execPath, [path.join(bin, 'keylint.js'), ...args], { cwd: dir(), encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^keylint: .*dist\/(staged\.cjs|cli\.js).*\n$/);
  }
});

it('the launcher writes its cache after the first commit, again after the first commit with a key, then never', () => {
  const root = path.join(dir(), 'keylint');
  fs.cpSync(path.dirname(CODE_CACHE), path.join(root, 'bin'), { recursive: true });
  fs.mkdirSync(path.join(root, 'dist'));
  fs.copyFileSync(
    path.join(path.dirname(CODE_CACHE), '..', 'dist', 'staged.cjs'),
    path.join(root, 'dist', 'staged.cjs'),
  );
  fs.copyFileSync(path.join(path.dirname(CODE_CACHE), '..', 'package.json'), path.join(root, 'package.json'));
  const cache = path.join(root, 'node_modules', '.cache', 'keylint');
  const r = makeRepo('keylint-code-cache-repo-');
  const staged = () =>
    spawnSync(process.execPath, [path.join(root, 'bin', 'keylint.js'), 'staged', '--format', 'json'], {
      cwd: r.dir,
      encoding: 'utf8',
      env: { ...gitEnv(), NODE_DISABLE_COMPILE_CACHE: '' },
    }).status;
  try {
    r.commit({ 'README.md': '# app\n' });
    r.write('src/app.ts', "export const greeting = 'hello';\n");
    r.git('add', '-A');
    expect(staged()).toBe(0);
    const clean = cacheFileOf(cache);
    expect(staged()).toBe(0);
    expect(cacheFileOf(cache)).toEqual(clean);
    r.write('src/config.ts', `export const MAXAI_API_KEY = '${fakeKeys(19).maxProd()}';\n`);
    r.git('add', '-A');
    expect(staged()).toBe(1);
    const both = cacheFileOf(cache);
    expect(both.ino).not.toBe(clean.ino);
    expect(staged()).toBe(1);
    r.git('rm', '--cached', '-q', 'src/config.ts');
    expect(staged()).toBe(0);
    expect(cacheFileOf(cache)).toEqual(both);
  } finally {
    r.cleanup();
  }
});
