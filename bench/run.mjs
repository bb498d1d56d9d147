#!/usr/bin/env node
// npm run bench: working-tree throughput of keylint beside ripgrep running the same four patterns,
// on the shared deterministic corpus, plus peak memory on a 200 MB single-line bundle.
//
//   BENCH_MB=500 npm run bench        corpus size (default 500; cached in bench/.corpus/)
//   BENCH_RUNS=3                      runs per tool; the median is reported
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const SHARED = path.resolve(ROOT, '..', 'shared', 'bench');
const SIZE_MB = Number(process.env.BENCH_MB ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CACHE = path.join(HERE, '.corpus');
const BIN = path.join(ROOT, 'bin', 'keylint.js');

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

/** Runs a command `RUNS` times; returns the median wall time (ms), peak RSS (KB, with GNU time) and the last stdout. */
function measure(argv, options = {}) {
  const times = [];
  let rss = 0;
  let stdout = '';
  for (let i = 0; i < RUNS; i++) {
    const timed = has('/usr/bin/time') ? ['/usr/bin/time', '-f', '%M', ...argv] : argv;
    const started = performance.now();
    const run = spawnSync(timed[0], timed.slice(1), { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, ...options });
    times.push(performance.now() - started);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${argv.join(' ')} failed (${run.status}): ${run.stderr.slice(0, 500)}`);
    const lastLine = run.stderr.trim().split('\n').pop() ?? '';
    if (/^\d+$/.test(lastLine)) rss = Math.max(rss, Number(lastLine));
    stdout = run.stdout;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], rssKB: rss, stdout };
}

function corpus() {
  const dir = path.join(CACHE, `corpus-${SIZE_MB}`);
  if (!fs.existsSync(`${dir}.planted.json`)) {
    const maker = path.join(SHARED, 'make-corpus.mjs');
    if (!fs.existsSync(maker)) throw new Error(`corpus generator not found at ${maker}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(CACHE, { recursive: true });
    console.log(`generating a ${SIZE_MB} MB corpus (once; cached in ${path.relative(ROOT, CACHE)})…`);
    const made = spawnSync(process.execPath, [maker, String(SIZE_MB), dir], { stdio: 'inherit' });
    if (made.status !== 0) throw new Error('corpus generation failed');
  }
  return { dir, meta: JSON.parse(fs.readFileSync(`${dir}.planted.json`, 'utf8')) };
}

function singleLineBundle() {
  const file = path.join(CACHE, 'single-line-200mb.min.js');
  if (!fs.existsSync(file)) {
    const fd = fs.openSync(file, 'w');
    const piece = Buffer.from('function a(b,c){return b&&b.patient?c(b.patient):null};var q=[1,2,3];'.repeat(15000));
    for (let written = 0; written < 200e6; written += piece.length) fs.writeSync(fd, piece);
    fs.closeSync(fd);
  }
  return file;
}

const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000);
const fmt = (n) => n.toFixed(1);

const { dir, meta } = corpus();
console.log(`corpus: ${meta.files} files, ${fmt(meta.bytes / 1e6)} MB, ${meta.planted.length} planted keys; median of ${RUNS} runs, warm cache\n`);
measure(['cat', '-'], { input: '' }); // warm the spawn path
spawnSync('sh', ['-c', `cat $(find ${JSON.stringify(dir)} -type f) > /dev/null`]); // warm the page cache

const keylint = measure([process.execPath, BIN, 'scan', dir, '--format', 'json', '--no-ignore']);
const report = JSON.parse(keylint.stdout);
const found = new Set(report.findings.filter((f) => f.kind === 'secret').map((f) => `${f.ruleId} ${f.file}:${f.line}`));
const recall = meta.planted.filter((p) => found.has(`${p.ruleId} ${p.file}:${p.line}`)).length;
const extra = report.findings.filter((f) => f.kind === 'secret').length - recall;
const rows = [['keylint scan', keylint.ms, keylint.rssKB]];

let rg;
if (has('rg')) {
  const args = spawnSync(process.execPath, [path.join(SHARED, 'rg-args.mjs'), '--ascii-boundary'], { encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  rg = measure(['rg', '-c', '--no-ignore', '--hidden', '-j2', ...args, dir]);
  rows.push(['ripgrep -j2 (same 4 patterns)', rg.ms, rg.rssKB]);
}

console.log('tool                              time      MB/s   peak RSS');
for (const [name, ms, rss] of rows) {
  console.log(`${name.padEnd(32)} ${(ms / 1000).toFixed(2).padStart(6)} s ${fmt(mbps(meta.bytes, ms)).padStart(8)} ${rss ? `${fmt(rss / 1024)} MB`.padStart(10) : '         -'}`);
}
if (rg) console.log(`\nratio keylint/ripgrep: ${(rg.ms / keylint.ms).toFixed(2)}x`);
else console.log('\nripgrep not installed (apt-get install ripgrep) — no ratio');
console.log(`planted keys found: ${recall}/${meta.planted.length}; other secret findings: ${extra}`);

const bundle = singleLineBundle();
const big = measure([process.execPath, BIN, 'scan', bundle, '--format', 'json']);
console.log(`\n200 MB single-line bundle: ${(big.ms / 1000).toFixed(2)} s, ${fmt(mbps(fs.statSync(bundle).size, big.ms))} MB/s, peak RSS ${big.rssKB ? `${fmt(big.rssKB / 1024)} MB` : 'n/a (install GNU time)'}`);
