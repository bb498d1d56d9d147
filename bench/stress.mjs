// Scale check: a tree of STRESS_FILES small files (default 1,000,000) under bench/.corpus/stress-<N>,
// written once and reused, scanned by the built CLI under GNU time. Prints time, peak RSS and files/s,
// and fails on EMFILE or any exit other than 0/1.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const files = Number(process.env.STRESS_FILES ?? 1_000_000);
const root = path.join(here, '.corpus', `stress-${files}`);
const PER_DIR = 1000;

const complete = `${root}.complete`;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** A fake key body, different per file (a repeated pattern would be taken for a placeholder). */
const body = (i) => Array.from({ length: 32 }, (_, n) => ALNUM[(i * 7919 + n * n * 31 + n) % ALNUM.length]).join('');

if (!fs.existsSync(complete)) {
  console.log(`writing ${files} files under ${root} …`);
  fs.rmSync(root, { recursive: true, force: true });
  for (let i = 0; i < files; i++) {
    const dir = path.join(root, `d${Math.floor(i / PER_DIR)}`);
    if (i % PER_DIR === 0) fs.mkdirSync(dir, { recursive: true });
    // Mostly harmless config-like text; every 10,000th file holds a key, built here, never committed.
    const key = i % 10_000 === 0 ? `\nMAXAI_API_KEY=max_prd_${'ak_'}${body(i)}` : '';
    fs.writeFileSync(path.join(dir, `f${i}.env`), `NAME=value${i}\nDEBUG=false${key}\n`);
  }
  fs.writeFileSync(complete, '');
}

const time = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
if (!time) console.log('GNU time missing (apt-get install -y time): peak RSS is not measured');
const cli = [
  path.join(here, '..', 'bin', 'keylint.js'),
  'scan',
  root,
  '--no-ignore',
  '--format',
  'json',
  '--output',
  path.join(here, '.corpus', 'stress-report.json'),
];
const started = Date.now();
const run = time
  ? spawnSync(time, ['-f', '%M %e', process.execPath, ...cli], { encoding: 'utf8', maxBuffer: 1 << 26 })
  : spawnSync(process.execPath, cli, { encoding: 'utf8', maxBuffer: 1 << 26 });
const seconds = (Date.now() - started) / 1000;
const stderr = run.stderr.trim().split('\n');
const [rssKb] = time ? stderr.pop().split(' ').map(Number) : [NaN];
const report = JSON.parse(fs.readFileSync(path.join(here, '.corpus', 'stress-report.json'), 'utf8'));
console.log(
  `files scanned: ${report.stats.files} of ${files}, findings: ${report.findings.length}, notes: ${report.notes.length}`,
);
console.log(
  `time: ${seconds.toFixed(1)} s, peak RSS: ${(rssKb / 1024).toFixed(0)} MB, ${Math.round(report.stats.files / seconds)} files/s`,
);
const emfile = report.notes.filter((n) => /EMFILE|ENFILE/.test(n.reason)).length;
// Under `npm run bench`, the figure joins the summary (bench/run.mjs reads this last line).
if (process.env.BENCH_SUMMARY) {
  const mb = rssKb / 1024;
  const row = {
    figure: `peak RSS, ${files.toLocaleString('en')} files`,
    value: `${mb.toFixed(0)} MB`,
    target: '<= 250 MB',
  };
  console.log(`SUMMARY ${JSON.stringify([{ ...row, ok: Number.isFinite(mb) ? mb <= 250 : undefined }])}`);
}
if (
  emfile > 0 ||
  (run.status !== 0 && run.status !== 1) ||
  report.stats.files !== files ||
  report.findings.length !== Math.ceil(files / 10_000)
) {
  console.error(`stress failed: exit ${run.status}, ${emfile} EMFILE notes, stderr: ${stderr.join(' | ')}`);
  process.exit(1);
}
