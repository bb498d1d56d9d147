// V8's code cache for keylint's own CommonJS bundle: the compiled code of what the previous run ran, so that the
// next one neither parses the bundle nor compiles those functions again. Node 22's module.enableCompileCache()
// does this for every module; this works on Node 20 too, for the one bundle that a pre-commit hook loads.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

/**
 * Requires the CommonJS `file`, compiled from the cache in `dir` when that was made from the same bytes by this
 * Node. Returns its exports, whether the cache served, and `save`, to call once the run is done: it writes the
 * cache when none served. A cache that cannot be read or written is no cache; `NODE_DISABLE_COMPILE_CACHE`
 * turns it off, as it does Node's own.
 */
function requireCached(file, dir) {
  const source = fs.readFileSync(file);
  const off = Boolean(process.env.NODE_DISABLE_COMPILE_CACHE);
  const cacheFile = path.join(dir, `${path.basename(file)}-${process.version}-${process.arch}.cache`);
  const cachedData = off ? undefined : cacheFor(cacheFile, source);
  const script = new vm.Script(Module.wrap(source.toString('utf8')), { filename: file, cachedData });
  const module = { exports: {} };
  script
    .runInThisContext()
    .call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  const save = () => {
    if (off || fromCache) return;
    try {
      store(cacheFile, source, script.createCachedData());
    } catch {
      // A read-only install: every run compiles, as without a cache.
    }
  };
  return { exports: module.exports, fromCache, save };
}

// A cache file holds the source it was made from (its length, then its bytes), then V8's data: V8 itself
// checks only its own version, its flags and the source's length.
function cacheFor(cacheFile, source) {
  let data;
  try {
    data = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const length = data.length >= 4 ? data.readUInt32LE(0) : -1;
  if (length !== source.length || !source.equals(data.subarray(4, 4 + length))) return undefined;
  return data.subarray(4 + length);
}

// Written whole under a name of its own, then renamed: a run reading at the same moment sees the old file or the new.
function store(cacheFile, source, cache) {
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  const header = Buffer.alloc(4);
  header.writeUInt32LE(source.length, 0);
  const temp = `${cacheFile}.${process.pid}.tmp`;
  fs.writeFileSync(temp, Buffer.concat([header, source, cache]));
  fs.renameSync(temp, cacheFile);
}

module.exports = { requireCached };
