// The fast history path (walk and reads overlapped through one `cat-file --batch`) finds exactly what the
// slow reference finds (every blob listed first, then read with its own `git cat-file blob`), on a real
// repository of a few hundred commits built with `git fast-import`, and finds every planted key at the
// commit that introduced it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryTarget } from '../../src/scan/git.js';
import { runScan } from '../../src/scan/pipeline.js';

const scanHistory = ({ workers, ...target }: Omit<HistoryTarget, 'kind' | 'dir'> & { dir: string; workers?: number }) =>
  runScan({ kind: 'history', ...target }, { workers });
import { zipOf } from '../helpers/archive.js';
import { fakeKeys, randomString, seeded } from '../helpers/fake.js';
import { gitEnv } from '../helpers/git.js';

interface Planted {
  ruleId: string;
  file: string;
  line: number;
  mark: number;
}

/** A fast-import stream of `commits` commits over a few dozen files, with keys, decoys and odd blobs. */
function historyStream(commits: number) {
  const rnd = seeded(808);
  const keys = fakeKeys(808);
  const int = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  const line = () =>
    rnd() < 0.03
      ? pick([
          `const PREFIX = 'max_prd_ak_';`,
          `  headers: { 'x-api-key': process.env.NOVAMED_API_KEY },`,
          'Production keys look like `max_prd_ak_SBA...01S`.',
        ])
      : `  const ${randomString(6, rnd, 'abcdefghij')} = fetch${int(0, 99)}(patient, { retries: ${int(1, 9)} });`;
  const keyLine = () =>
    pick([
      () => ({ ruleId: 'maxai-prod-key', text: `const MAXAI_API_KEY = '${keys.maxProd()}';` }),
      () => ({ ruleId: 'maxai-dev-key', text: `MAXAI_API_KEY=${keys.maxDev()}` }),
      () => ({ ruleId: 'novamed-api-key', text: `NOVAMED_API_KEY=${keys.novamed()}` }),
      () => ({ ruleId: 'maiagent-api-key', text: `MAIAGENT_API_KEY=${keys.maiagent()}` }),
    ])();
  const paths = [
    'src/app.ts',
    'src/api/client.ts',
    '.env.development',
    'config/dev/settings.env',
    'public/app.min.js',
    'docs/é and space.md',
    'server/index.py',
    'app.js.map',
  ];
  for (let i = 0; i < 30; i++) paths.push(`src/mod${i}/file${i}.ts`);
  const files = new Map<string, string[]>(paths.map((p) => [p, Array.from({ length: int(5, 60) }, line)]));
  const planted: Planted[] = [];
  const parts: Buffer[] = [];
  const push = (text: string | Buffer) => parts.push(typeof text === 'string' ? Buffer.from(text) : text);
  const blob = (file: string, content: string | Buffer, mode = '100644') => {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    push(`M ${mode} inline "${file.replace(/"/g, '\\"')}"\ndata ${bytes.length}\n`);
    push(bytes);
    push('\n');
  };
  let mark = 0;
  let time = 1_700_000_000;
  const commit = (ref: string, body: () => void, extra = '') => {
    mark++;
    time += 3600;
    push(
      `commit ${ref}\nmark :${mark}\nauthor Ada Tester <ada@example.test> ${time} +0000\ncommitter Ada Tester <ada@example.test> ${time} +0000\ndata 7\nchange\n${extra}`,
    );
    body();
    push('\n');
    return mark;
  };
  const text = (lines: string[]) => `${lines.join('\n')}\n`;
  const copy = `MAXAI_API_KEY=${keys.maxDev()}\n`;
  commit('refs/heads/main', () => {
    for (const [file, lines] of files) blob(file, text(lines));
  });
  for (let c = 1; c < commits; c++) {
    const next = mark + 1;
    commit('refs/heads/main', () => {
      const touched = new Set([pick(paths), pick(paths)]);
      for (const file of touched) {
        const lines = files.get(file)!;
        lines.splice(int(0, lines.length), rnd() < 0.3 ? 1 : 0, line());
        if (c % 9 === 0 && file === [...touched][0]) {
          const key = keyLine();
          const at = int(0, lines.length);
          lines.splice(at, 0, key.text);
          planted.push({ ruleId: key.ruleId, file, line: at + 1, mark: next });
        }
        blob(file, text(lines));
      }
      if (c === 20) {
        // The same blob at two paths in one commit, and again later at a third.
        blob('copies/a.env', copy);
        blob('copies/b.env', copy);
      }
      if (c === 30) {
        const key = keys.maxProd();
        blob('assets/big.js', `${`${'x'.repeat(99)}\n`.repeat(90_000)}const MAXAI_API_KEY = '${key}';\n`);
        planted.push({ ruleId: 'maxai-prod-key', file: 'assets/big.js', line: 90_001, mark: next });
        blob('assets/medium.js', `${`${'y'.repeat(99)}\n`.repeat(15_000)}MAXAI_API_KEY=${keys.maxDev()}\n`);
        planted.push({ ruleId: 'maxai-dev-key', file: 'assets/medium.js', line: 15_001, mark: next });
      }
      if (c === 40) {
        blob(
          'assets/logo.png',
          Buffer.concat([
            Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
            Buffer.from(`MAXAI_API_KEY=${keys.maxProd()}`),
          ]),
        );
        blob('link.env', '.env.development', '120000');
        push(`M 160000 ${'ab'.repeat(20)} vendor/lib\n`);
        blob(
          'dist/bundle.zip',
          zipOf([{ name: 'inner/config.js', content: `const MAXAI_API_KEY = '${keys.maxProd()}';\n` }]),
        );
      }
      if (c === 50) blob('moved/again.env', copy);
      if (c === 60) push('D copies/b.env\n');
    });
    if (c === 70 || c === 120) {
      const from = mark;
      const side = `refs/heads/side${c}`;
      const sideFile = `side/${c}.env`;
      const key = keyLine();
      const sideMark = commit(side, () => blob(sideFile, `${key.text}\n`), `from :${from}\n`);
      planted.push({ ruleId: key.ruleId, file: sideFile, line: 1, mark: sideMark });
      if (c === 70) {
        // An evil merge: the merge commit itself brings a key.
        const evil = keyLine();
        const merge = commit(
          'refs/heads/main',
          () => blob('merge-only.env', `${evil.text}\n`),
          `from :${from}\nmerge :${sideMark}\n`,
        );
        planted.push({ ruleId: evil.ruleId, file: 'merge-only.env', line: 1, mark: merge });
      }
    }
    if (c === 100) push(`reset refs/tags/v1\nfrom :${mark}\n\n`);
  }
  return { stream: Buffer.concat(parts), planted };
}

describe('keylint git: fast path equals the reference', () => {
  let dir = '';
  let planted: Array<Omit<Planted, 'mark'> & { commit: string }> = [];

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-history-eq-'));
    const env = gitEnv();
    execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '-q'], { cwd: dir, env });
    const { stream, planted: raw } = historyStream(160);
    const marks = path.join(dir, '.git', 'marks');
    execFileSync('git', ['fast-import', '--quiet', `--export-marks=${marks}`], { cwd: dir, env, input: stream });
    const shaOf = new Map(
      fs
        .readFileSync(marks, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split(' ') as [string, string]),
    );
    planted = raw.map(({ mark, ...p }) => ({ ...p, commit: shaOf.get(`:${mark}`)! }));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const withoutTime = (report: Awaited<ReturnType<typeof scanHistory>>['result']['report']) => ({
    ...report,
    stats: { ...report.stats, durationMs: 0 },
  });

  it('gives the same report and secrets as the reference, every ref or one branch', { timeout: 300_000 }, async () => {
    // The default, no worker and one worker beside the main thread (the default on two cores) give one report.
    for (const refs of [{ all: true }, { branches: ['main'] }]) {
      const reference = await scanHistory({ dir, ...refs, reference: true });
      for (const workers of [undefined, 0, 1]) {
        const fast = await scanHistory({ dir, ...refs, workers });
        expect(withoutTime(fast.result.report)).toEqual(withoutTime(reference.result.report));
        expect([...fast.result.secrets].sort()).toEqual([...reference.result.secrets].sort());
        expect(fast.result.report.findings.length).toBeGreaterThan(planted.length / 2);
      }
    }
  });

  it('finds every planted key at the commit, file and line that introduced it', async () => {
    const { result } = await scanHistory({ dir, all: true });
    const found = new Set(
      result.report.findings
        .filter((f) => f.kind === 'secret')
        .map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.commit}`),
    );
    expect(planted.length).toBeGreaterThan(15);
    expect(planted.filter((p) => !found.has(`${p.ruleId} ${p.file}:${p.line} ${p.commit}`))).toEqual([]);
    // The copy at two paths is one blob, scanned once, at the first path of its first commit.
    expect(result.report.findings.filter((f) => f.file.startsWith('copies/')).map((f) => f.file)).toEqual([
      'copies/a.env',
    ]);
    expect(result.report.findings.some((f) => f.file === 'dist/bundle.zip!inner/config.js')).toBe(true);
    expect(result.report.notes).toEqual(
      expect.arrayContaining([
        { file: 'assets/logo.png', reason: 'binary file skipped' },
        { file: 'vendor/lib', reason: expect.stringContaining('submodule') },
      ]),
    );
    expect(JSON.stringify(result.report)).not.toMatch(/max_(?:prd|dev)_ak_[A-Za-z0-9]{20}/);
  });
});
