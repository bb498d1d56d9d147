// V8's code cache for keylint's own CommonJS bundle: the compiled code of what earlier runs ran, so that the
// next one neither parses the bundle nor compiles those functions again. Node 22's module.enableCompileCache()
// does this for every module; this works on Node 20 too, for the one bundle that a pre-commit hook loads.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

/**
 * Requires the CommonJS `file`, compiled from the cache in `dir` when that was made from the same bytes by this
 * Node. Returns its exports, whether the cache served, and `save(reached)`, to call once the run is done with the
 * paths of the program it went through (bits the caller names). The cache holds only what the runs that wrote it
 * compiled, so a run that went where none of them went (the first commit with a key after clean ones) writes it
 * again, with this run's code added to theirs; any other run, and one that reached nothing (0), writes nothing.
 * A cache that cannot be read or written is no cache; `NODE_DISABLE_COMPILE_CACHE` turns it off, as it does
 * Node's own.
 */
function requireCached(file, dir) {
  const source = fs.readFileSync(file);
  const off = Boolean(process.env.NODE_DISABLE_COMPILE_CACHE);
  const cacheFile = path.join(dir, `${path.basename(file)}-${process.version}-${process.arch}.cache`);
  const cached = off ? undefined : cacheFor(cacheFile, source);
  const script = new vm.Script(Module.wrap(source.toString('utf8')), { filename: file, cachedData: cached?.data });
  const module = { exports: {} };
  script
    .runInThisContext()
    .call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  const fromCache = cached !== undefined && !script.cachedDataRejected;
  const save = (reached) => {
    const seen = fromCache ? cached.reached : 0;
    if (off || (reached & ~seen) === 0) return;
    try {
      store(cacheFile, source, (seen | reached) >>> 0, script);
    } catch {
      // A read-only install: every run compiles, as without a cache.
    }
  };
  return { exports: module.exports, fromCache, save };
}

// A cache file holds the source it was made from (its length, the paths the runs that wrote it reached, the source's
// bytes), then V8's data: V8 itself checks only its own version, its flags and the source's length.
function cacheFor(cacheFile, source) {
  let data;
  try {
    data = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const length = data.length >= 8 ? data.readUInt32LE(0) : -1;
  if (length !== source.length || !source.equals(data.subarray(8, 8 + length))) return undefined;
  return { reached: data.readUInt32LE(4), data: data.subarray(8 + length) };
}

// Written whole under a name of its own, then renamed: a run reading at the same moment (another commit's hook)
// sees the old file or the new. The file is opened before V8 serialises anything, so a folder that cannot be
// written costs a failed open, not the serialisation.
function store(cacheFile, source, reached, script) {
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  const temp = `${cacheFile}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'w');
  try {
    try {
      const header = Buffer.alloc(8);
      header.writeUInt32LE(source.length, 0);
      header.writeUInt32LE(reached, 4);
      fs.writeFileSync(fd, header);
      fs.writeFileSync(fd, source);
      fs.writeFileSync(fd, script.createCachedData());
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, cacheFile);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

module.exports = { requireCached };
