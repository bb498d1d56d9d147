#!/usr/bin/env node
// npm run bench: every speed and memory target of keylint, measured side by side with the tools it is
// compared with, in one run, printed as ratios against the targets. Timings are medians of whole processes
// on a warm cache; nothing here is a test (shared machines make timings flaky), it is a measurement.
// The whole run holds /tmp/keylint-bench.lock (flock), so that benchmarks on a shared machine take turns.
//
//   BENCH_MB=500         working-tree corpus size (default 500; generated once into bench/.corpus/)
//   BENCH_RUNS=3         runs per tool; the median is reported
//   BENCH_ONLY=tree,memory,files,history,staged   sections to run (default: all)
//   BENCH_SECRETLINT=0   skip secretlint (installed from npm into bench/.tools on first use)
//   HISTORY_BIG=1        also the 5 GB-of-blobs history memory case (slow; see bench/history.mjs)
//   STRESS_FILES=1000000 files of the many-files memory case (written once into bench/.corpus/; see bench/stress.mjs)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { corpus, has, measure, ROOT, HERE, SHARED, CACHE, mbps, fmt, underBenchLock } from './measure.mjs';

underBenchLock(import.meta.url);

const SIZE_MB = Number(process.env.BENCH_MB ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ONLY = new Set((process.env.BENCH_ONLY ?? 'tree,memory,files,history,staged').split(','));
const BIN = path.join(ROOT, 'bin', 'keylint.js');
const TOOLS = path.join(HERE, '.tools');
const MEMORY_LIMIT_MB = 250;

/** Every figure with its target, for the summary at the end. */
const summary = [];
const record = (figure, value, target, ok) => summary.push({ figure, value, target, ok });

function ripgrepArgs() {
  return spawnSync(process.execPath, [path.join(SHARED, 'rg-args.mjs'), '--ascii-boundary'], { encoding: 'utf8' })
    .stdout.split('\0')
    .filter(Boolean);
}

/** secretlint with the same four patterns, installed into bench/.tools (never a project dependency). */
function secretlint() {
  if (process.env.BENCH_SECRETLINT === '0') return undefined;
  const bin = path.join(TOOLS, 'node_modules', '.bin', 'secretlint');
  if (!fs.existsSync(bin)) {
    fs.mkdirSync(TOOLS, { recursive: true });
    if (!fs.existsSync(path.join(TOOLS, 'package.json')))
      fs.writeFileSync(path.join(TOOLS, 'package.json'), '{ "private": true }\n');
    console.log('installing secretlint into bench/.tools (once)…');
    const install = spawnSync(
      'npm',
      ['install', '--no-audit', '--no-fund', 'secretlint@13', '@secretlint/secretlint-rule-pattern@13'],
      { cwd: TOOLS, stdio: 'inherit' },
    );
    if (install.status !== 0) return undefined;
  }
  const patterns = JSON.parse(fs.readFileSync(path.join(SHARED, 'patterns.json'), 'utf8'));
  const config = path.join(TOOLS, 'secretlintrc.json');
  fs.writeFileSync(
    config,
    JSON.stringify({
      rules: [
        {
          id: '@secretlint/secretlint-rule-pattern',
          options: { patterns: Object.entries(patterns).map(([name, regex]) => ({ name, patterns: [`/${regex}/`] })) },
        },
      ],
    }),
  );
  return { bin, config };
}

function treeSection() {
  const { dir, meta } = corpus(SIZE_MB);
  console.log(
    `\n## Working tree: ${meta.files} files, ${fmt(meta.bytes / 1e6)} MB, ${meta.planted.length} planted keys; median of ${RUNS}, warm cache`,
  );
  spawnSync('sh', ['-c', `find ${JSON.stringify(dir)} -type f -exec cat {} + > /dev/null`]); // warm the page cache

  const keylint = measure([process.execPath, BIN, 'scan', dir, '--format', 'json', '--no-ignore'], RUNS);
  const report = JSON.parse(keylint.stdout);
  const secrets = report.findings.filter((f) => f.kind === 'secret');
  const found = new Set(secrets.map((f) => `${f.ruleId} ${f.file}:${f.line}`));
  const recall = meta.planted.filter((p) => found.has(`${p.ruleId} ${p.file}:${p.line}`)).length;
  const rows = [['keylint scan (all rules)', keylint]];

  let rg;
  if (has('rg')) {
    rg = measure(['rg', '-c', '--no-ignore', '--hidden', '-j2', ...ripgrepArgs(), dir], RUNS);
    rows.push(['ripgrep -j2 (4 patterns)', rg]);
  }
  const lint = secretlint();
  if (lint)
    rows.push([
      'secretlint 13 (4 patterns)',
      measure([lint.bin, '--secretlintrc', lint.config, '--maskSecrets', '--format', 'json', `${dir}/**/*`], 1),
    ]);
  // The engine and the file system alone: two workers walking and detecting, no CLI around them (info).
  rows.push([
    'floor: 2 workers, engine only',
    measure([process.execPath, path.join(HERE, 'floor.mjs'), dir, '2'], RUNS),
  ]);

  console.log('tool                             time      MB/s   peak RSS  CPU (u+s)');
  for (const [name, m] of rows) {
    console.log(
      `${name.padEnd(30)} ${(m.ms / 1000).toFixed(2).padStart(6)} s ${fmt(mbps(meta.bytes, m.ms)).padStart(8)} ${m.rssKB ? `${fmt(m.rssKB / 1024)} MB`.padStart(10) : '         -'} ${m.cpuMs ? `${(m.cpuMs / 1000).toFixed(2)} s`.padStart(10) : '         -'}`,
    );
  }
  console.log(
    `planted keys found: ${recall}/${meta.planted.length}; other secret findings: ${secrets.length - recall}`,
  );
  const speed = `${fmt(mbps(meta.bytes, keylint.ms))} MB/s`;
  if (rg) {
    const ratio = rg.ms / keylint.ms;
    // The CPU ratio beside the wall one: on a loaded machine it is the one that repeats.
    const cpu = rg.cpuMs && keylint.cpuMs ? `; CPU ${(rg.cpuMs / keylint.cpuMs).toFixed(2)}x` : '';
    record('working tree vs ripgrep -j2', `${speed} = ${ratio.toFixed(2)}x ripgrep${cpu}`, '>= 0.75x', ratio >= 0.75);
  } else {
    record(
      'working tree vs ripgrep -j2',
      `${speed} (ripgrep not installed: apt-get install ripgrep)`,
      '>= 0.75x',
      undefined,
    );
  }
  record('planted keys found', `${recall}/${meta.planted.length}`, 'all', recall === meta.planted.length);
}

function singleLineBundle() {
  const file = path.join(CACHE, 'single-line-200mb.min.js');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(CACHE, { recursive: true });
    const fd = fs.openSync(file, 'w');
    const piece = Buffer.from('function a(b,c){return b&&b.patient?c(b.patient):null};var q=[1,2,3];'.repeat(15000));
    for (let written = 0; written < 200e6; written += piece.length) fs.writeSync(fd, piece);
    fs.closeSync(fd);
  }
  return file;
}

function memorySection() {
  console.log('\n## Memory (peak RSS of the whole process, GNU time)');
  const big = corpus(1000);
  const tree = measure([process.execPath, BIN, 'scan', big.dir, '--format', 'json', '--no-ignore'], 1);
  console.log(
    `1 GB tree (${big.meta.files} files): ${(tree.ms / 1000).toFixed(2)} s, ${fmt(mbps(big.meta.bytes, tree.ms))} MB/s, peak RSS ${fmt(tree.rssKB / 1024)} MB`,
  );
  record(
    'peak RSS, 1 GB tree',
    `${fmt(tree.rssKB / 1024)} MB`,
    `<= ${MEMORY_LIMIT_MB} MB`,
    tree.rssKB > 0 ? tree.rssKB / 1024 <= MEMORY_LIMIT_MB : undefined,
  );
  const bundle = singleLineBundle();
  const one = measure([process.execPath, BIN, 'scan', bundle, '--format', 'json'], 1);
  console.log(
    `200 MB single-line bundle: ${(one.ms / 1000).toFixed(2)} s, ${fmt(mbps(fs.statSync(bundle).size, one.ms))} MB/s, peak RSS ${fmt(one.rssKB / 1024)} MB`,
  );
  record(
    'peak RSS, 200 MB one-line bundle',
    `${fmt(one.rssKB / 1024)} MB`,
    `<= ${MEMORY_LIMIT_MB} MB`,
    one.rssKB > 0 ? one.rssKB / 1024 <= MEMORY_LIMIT_MB : undefined,
  );
}

/** A section of its own script, which prints its figures and ends with a JSON line of summary rows. */
function delegated(script, env = {}) {
  const run = spawnSync(process.execPath, [path.join(HERE, script)], {
    encoding: 'utf8',
    env: { ...process.env, ...env, BENCH_SUMMARY: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = run.stdout.trimEnd().split('\n');
  const last = lines.at(-1) ?? '';
  if (last.startsWith('SUMMARY ')) {
    lines.pop();
    summary.push(...JSON.parse(last.slice('SUMMARY '.length)));
  }
  console.log(lines.join('\n'));
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    record(script, `failed (exit ${run.status})`, '', false);
  }
}

if (!has('/usr/bin/time')) console.log('GNU time is not installed (apt-get install time): no peak RSS figures');
if (ONLY.has('tree')) treeSection();
if (ONLY.has('memory')) memorySection();
if (ONLY.has('files')) {
  console.log('\n## Many files');
  delegated('stress.mjs');
}
if (ONLY.has('history')) {
  console.log('\n## History');
  delegated('history.mjs');
}
if (ONLY.has('staged')) {
  console.log('\n## Pre-commit');
  delegated('staged.mjs');
}

console.log('\n## Summary');
for (const { figure, value, target, ok } of summary) {
  console.log(
    `${ok === undefined ? '  ?' : ok ? ' ok' : 'MISS'}  ${figure.padEnd(40)} ${value.padEnd(34)} target ${target}`,
  );
}
