// What every bench script shares: where things are, the shared corpus, and timing whole processes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '..');
export const SHARED = path.resolve(ROOT, '..', 'shared', 'bench');
/** Generated inputs, kept between runs (gitignored). */
export const CACHE = path.join(HERE, '.corpus');

export const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000);
export const fmt = (n) => n.toFixed(1);

export function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

/**
 * Runs a command `runs` times; returns the median wall time (ms), every time, the peak RSS (KB, with GNU
 * time), the median CPU time (user + system of the process and its children, ms, with GNU time) and the
 * last stdout. Exit codes 0 and 1 (findings) count as success. On a loaded shared machine wall time
 * mostly measures the neighbours; CPU time is the steadier figure to compare.
 */
export function measure(argv, runs, options = {}) {
  const times = [];
  const cpu = [];
  let rssKB = 0;
  let stdout = '';
  const timed = has('/usr/bin/time');
  for (let i = 0; i < runs; i++) {
    const command = timed ? ['/usr/bin/time', '-f', '%M %U %S', ...argv] : argv;
    const started = performance.now();
    const run = spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, ...options });
    times.push(performance.now() - started);
    if (run.status !== 0 && run.status !== 1)
      throw new Error(`${argv.join(' ').slice(0, 200)} failed (${run.status}): ${run.stderr.slice(0, 500)}`);
    const lastLine = run.stderr.trim().split('\n').pop() ?? '';
    const usage = timed && /^(\d+) ([\d.]+) ([\d.]+)$/.exec(lastLine);
    if (usage) {
      rssKB = Math.max(rssKB, Number(usage[1]));
      cpu.push((Number(usage[2]) + Number(usage[3])) * 1000);
    }
    stdout = run.stdout;
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { ms: median(times), all: times, rssKB, cpuMs: cpu.length ? median(cpu) : undefined, stdout };
}

/** The shared deterministic corpus of `sizeMB`, generated once; its planted keys. */
export function corpus(sizeMB) {
  const dir = path.join(CACHE, `corpus-${sizeMB}`);
  if (!fs.existsSync(`${dir}.planted.json`)) {
    const maker = path.join(SHARED, 'make-corpus.mjs');
    if (!fs.existsSync(maker)) throw new Error(`corpus generator not found at ${maker}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(CACHE, { recursive: true });
    console.log(`generating a ${sizeMB} MB corpus (once; cached in ${path.relative(ROOT, CACHE)})…`);
    const made = spawnSync(process.execPath, [maker, String(sizeMB), dir], { stdio: 'inherit' });
    if (made.status !== 0) throw new Error('corpus generation failed');
  }
  return { dir, meta: JSON.parse(fs.readFileSync(`${dir}.planted.json`, 'utf8')) };
}

const LOCK = '/tmp/keylint-bench.lock';

/**
 * Runs the calling script again under flock on one shared lock, so that benchmarks on a shared machine take
 * turns; a script started under the lock (by another bench script) runs as it is. Call it first.
 */
export function underBenchLock(scriptUrl) {
  if (process.env.KEYLINT_BENCH_LOCKED) return;
  const flock = ['/usr/bin/flock', '/bin/flock'].find((p) => fs.existsSync(p));
  if (!flock) {
    console.log(`(flock not found: timing without ${LOCK})`);
    return;
  }
  const run = spawnSync(
    flock,
    [LOCK, process.execPath, ...process.execArgv, fileURLToPath(scriptUrl), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, KEYLINT_BENCH_LOCKED: '1' },
    },
  );
  process.exit(run.status ?? 2);
}
