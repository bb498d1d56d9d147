// A history shaped like a real JavaScript project's (the axios repository was the model: 6,234 commits,
// 451 MB of blob versions, 243 MB of them 176 versions of a 1.4 MB package-lock.json, most of the rest
// dist bundles, their source maps and often-edited sources): real source files from the installed
// node_modules edited commit after commit, a package-lock.json whose versions and sha512 integrity strings
// churn every 33 commits, and a dist bundle with its source map rebuilt from the sources every 60.
// Deterministic for one installed node_modules (the cache key carries a hash of package-lock.json).
// Writes a git fast-import stream.
import fs from 'node:fs';
import path from 'node:path';
import { mulberry32 } from '../test/helpers/prng.mjs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Text files of installed packages, 2-80 KB, in a fixed order: the pool edits are drawn from. */
function sourcePool(root, want) {
  const found = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(m?js|ts|md)$/.test(e.name)) {
        const size = fs.statSync(p).size;
        if (size >= 2048 && size <= 80 * 1024) found.push(p);
      }
    }
  };
  walk(path.join(root, 'node_modules'));
  const step = Math.max(1, Math.floor(found.length / want));
  return found.filter((_, i) => i % step === 0).map((p) => fs.readFileSync(p, 'utf8').split('\n'));
}

/**
 * `key()` gives { ruleId, text } of a planted key line (the caller's generator, built at run time).
 * Returns the planted keys (rule, file, line, commit mark) and the blob bytes written.
 */
export async function writeRealisticHistory(write, { seed, commits, keys, root, key }) {
  const rnd = mulberry32(seed);
  const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const b64 = (n) => Array.from({ length: n }, () => B64[Math.floor(rnd() * 64)]).join('');
  const pool = sourcePool(root, 400);
  const files = new Map(); // path -> lines
  const planted = [];
  let mark = 0;
  let blobBytes = 0;
  let time = Date.parse('2014-08-29T09:00:00Z') / 1000;

  for (let i = 0; i < 160; i++) {
    const dir = pick(['lib', 'lib/core', 'lib/helpers', 'lib/adapters', 'lib/platform', 'test/unit', 'test/specs']);
    files.set(`${dir}/m${i}${pick(['.js', '.js', '.ts', '.md'])}`, [...pool[i % pool.length]]);
  }
  // package-lock.json: about 4,000 packages, each with a version, a resolved URL and a sha512 integrity.
  const deps = Array.from({ length: 4000 }, (_, i) => ({
    name: `${pick(['', '@babel/', '@types/', '@rollup/'])}pkg-${i.toString(36)}`,
    version: `${int(0, 9)}.${int(0, 30)}.${int(0, 20)}`,
    integrity: b64(86),
  }));
  const lockfile = () =>
    `${JSON.stringify(
      {
        name: 'example',
        lockfileVersion: 3,
        packages: Object.fromEntries(
          deps.map((d) => [
            `node_modules/${d.name}`,
            {
              version: d.version,
              resolved: `https://registry.npmjs.org/${d.name}/-/${d.name.split('/').pop()}-${d.version}.tgz`,
              integrity: `sha512-${d.integrity}==`,
              dev: true,
            },
          ]),
        ),
      },
      null,
      2,
    )}\n`;
  // The bundle: the first lib/ sources with indentation and comments stripped, one statement a line, as a
  // build would make it from the current sources; its map has one VLQ-looking segment list a line, the
  // same for an unchanged line (so versions delta against each other as real builds do).
  const bundled = [...files.keys()].filter((p) => p.startsWith('lib/') && p.endsWith('.js')).slice(0, 12);
  const segments = (line) => {
    let h = 0;
    for (let i = 0; i < line.length; i++) h = Math.imul(h ^ line.charCodeAt(i), 16777619);
    const r = mulberry32(h);
    return Array.from({ length: 1 + (line.length >> 5) }, () =>
      Array.from({ length: 4 + Math.floor(r() * 3) }, () => B64[Math.floor(r() * 64)]).join(''),
    ).join(',');
  };
  const bundle = () => {
    const lines = bundled.flatMap((p) =>
      files
        .get(p)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('//')),
    );
    const map = { version: 3, sources: bundled, mappings: lines.map(segments).join(';') };
    return [`/*! example v${mark} */\n${lines.join('\n')}\n`, `${JSON.stringify(map)}\n`];
  };

  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  async function commit(changes, ref = 'refs/heads/main', from) {
    const id = ++mark;
    time += int(600, 6 * 3600);
    const who = pick(['Ada <ada@example.test>', 'Bo <bo@example.test>', 'Cy <cy@example.test>']);
    await write(`commit ${ref}\nmark :${id}\nauthor ${who} ${time} +0000\ncommitter ${who} ${time} +0000\n`);
    await write(`${data(`change ${id}`)}${from ? `from ${from}\n` : ''}`);
    for (const [file, text] of changes) {
      blobBytes += Buffer.byteLength(text);
      await write(`M 100644 inline ${file}\n${data(text)}`);
    }
    await write('\n');
    return id;
  }
  const text = (lines) => `${lines.join('\n')}\n`;

  await commit([...[...files].map(([p, l]) => [p, text(l)]), ['package-lock.json', lockfile()]]);
  const paths = [...files.keys()];
  for (let c = 1; c < commits; c++) {
    const changes = new Map();
    for (let t = int(1, 3); t > 0; t--) {
      const p = pick(paths);
      const lines = files.get(p);
      const donor = pick(pool);
      for (let e = int(1, 5); e > 0; e--) {
        const at = int(0, lines.length - 1);
        const from = int(0, Math.max(0, donor.length - 8));
        const op = rnd();
        if (op < 0.5) lines.splice(at, int(1, 4), ...donor.slice(from, from + int(1, 6)));
        else if (op < 0.8) lines.splice(at, 0, ...donor.slice(from, from + int(1, 8)));
        else if (lines.length > 40) lines.splice(at, int(1, 6));
      }
      changes.set(p, lines);
    }
    // Keys go into files the bundle leaves out: a bundled key would be found (and counted) in the bundle.
    const target = c % Math.floor(commits / keys) === 0 && [...changes].find(([p]) => !bundled.includes(p));
    if (target) {
      const [p, lines] = target;
      const k = key();
      const at = int(0, lines.length);
      lines.splice(at, 0, k.text);
      planted.push({ ruleId: k.ruleId, file: p, line: at + 1, mark: mark + 1 });
    }
    const out = [...changes].map(([p, l]) => [p, text(l)]);
    if (c % 33 === 0) {
      for (let n = int(3, 30); n > 0; n--) {
        const d = pick(deps);
        d.version = `${d.version.split('.')[0]}.${int(0, 30)}.${int(0, 20)}`;
        d.integrity = b64(86);
      }
      out.push(['package-lock.json', lockfile()]);
    }
    if (c % 60 === 0) {
      const [code, map] = bundle();
      out.push(['dist/example.js', code], ['dist/example.js.map', map]);
    }
    const id = await commit(out);
    if (c % 1000 === 0) await write(`reset refs/tags/v${c / 1000}.0\nfrom :${id}\n\n`);
  }
  return { planted, blobBytes };
}
