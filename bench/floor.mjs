#!/usr/bin/env node
// The floor under `keylint scan`: detection workers that only walk their share of a tree and run the
// engine on every file, with no CLI, no config, no messages per batch and no findings to assemble.
// What keylint's working-tree scan costs beyond this is the product around the engine; what this
// costs is the engine and the file system. The engine's modules are bundled from src/ with esbuild first
// (dist/ holds only the CLI's entry points), outside the timing.
//
//   node bench/floor.mjs DIR [WORKERS]     prints files, bytes, matches and seconds
import fs from 'node:fs';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ENGINE = path.join(ROOT, 'bench', '.scratch', 'floor-engine.mjs');

if (isMainThread) {
  const { build } = await import('esbuild');
  await build({
    stdin: {
      contents: [
        'rules.ts:loadRuleSet',
        'detect/engine.ts:createDetector',
        'detect/item.ts:detectItem',
        'sources/files.ts:TreeWalk',
      ]
        .map((entry) => `export { ${entry.split(':')[1]} } from './src/${entry.split(':')[0]}';`)
        .join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: ENGINE,
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as floorRequire } from 'node:module'; const require = floorRequire(import.meta.url);",
    },
  });
  const root = path.resolve(process.argv[2] ?? '.');
  const workers = Number(process.argv[3] ?? 2);
  const started = performance.now();
  // Top-level folders dealt out in turn; the tree's own files go to the first worker.
  const tops = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const shares = Array.from({ length: workers }, (_, w) =>
    tops.filter((_, i) => i % workers === w).map((name) => ({ root, relative: name, ignoreBases: [] })),
  );
  shares[0].push({ root, relative: '', ignoreBases: [], filesOnly: true });
  const results = await Promise.all(
    shares.map(
      (dirs) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { root, dirs } });
          worker.once('message', (m) => void worker.terminate().then(() => resolve(m)));
          worker.once('error', reject);
        }),
    ),
  );
  const total = results.reduce(
    (a, r) => ({ files: a.files + r.files, bytes: a.bytes + r.bytes, matches: a.matches + r.matches }),
    { files: 0, bytes: 0, matches: 0 },
  );
  console.log(JSON.stringify({ ...total, seconds: (performance.now() - started) / 1000 }));
} else {
  const { loadRuleSet, createDetector, detectItem, TreeWalk } = await import(ENGINE);
  const detector = createDetector(loadRuleSet([]));
  const tree = new TreeWalk({ base: workerData.root, useGitignore: false });
  const counts = { files: 0, bytes: 0, matches: 0 };
  const scan = async (absolute) => {
    const content = fs.readFileSync(absolute);
    const result = await detectItem(detector, { path: absolute, size: content.length, read: async () => content });
    counts.files++;
    counts.bytes += content.length;
    counts.matches += result.matches.length;
  };
  const pending = workerData.dirs.filter((d) => !d.filesOnly);
  for (const dir of workerData.dirs.filter((d) => d.filesOnly)) {
    for (const entry of fs.readdirSync(dir.root, { withFileTypes: true }))
      if (entry.isFile()) await scan(path.join(dir.root, entry.name));
  }
  while (pending.length > 0) for (const file of tree.nextDirectory(pending, [])) await scan(file.absolute);
  parentPort.postMessage(counts);
}
