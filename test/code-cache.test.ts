// The launcher's code cache (bin/code-cache.js): used only when made from the same bytes, never in the way of a
// run (garbage, a folder that cannot be written, NODE_DISABLE_COMPILE_CACHE), written once a run is done. Each
// load is a process of its own, as each keylint run is: V8 would otherwise reuse what it compiled in memory.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { runCli, useTempDir } from './helpers/cli.js';

const CODE_CACHE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'code-cache.js');
const LOADER = `const loaded = require(${JSON.stringify(CODE_CACHE)}).requireCached(process.argv[1], process.argv[2]);
loaded.save();
console.log(JSON.stringify({ answer: loaded.exports.answer(), fromCache: loaded.fromCache }));`;

const dir = useTempDir('keylint-code-cache-');

/** A CommonJS module whose answer is `word`, and the cache folder beside it. */
function moduleSaying(word: string): { file: string; cache: string } {
  const file = path.join(dir(), 'bundle.cjs');
  fs.writeFileSync(file, `'use strict';\nexports.answer = () => ${JSON.stringify(word)} + require('node:path').sep;\n`);
  return { file, cache: path.join(dir(), 'cache') };
}

/** Loads `file` through the code cache in a new process, as the launcher does, and saves the cache. */
function load(file: string, cache: string, env: Record<string, string> = {}): { answer: string; fromCache: boolean } {
  const run = spawnSync(process.execPath, ['-e', LOADER, file, cache], {
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
