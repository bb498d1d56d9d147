// The detection corpus (test/corpus/): realistic project files in many ecosystems, each vendor key bound the way real
// code binds it, beside hard decoys. Every case is expanded with fresh seeded keys into a temp folder, scanned by the
// real CLI, and scored per class: precision and recall must both be 1.00. See test/corpus/README.md.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/types.js';
import { tempDir } from './helpers/cli.js';
import { CLASSES, loadCorpus, writeCase, type CorpusCase, type Planted } from './helpers/corpus-cases.js';
import { formatScore, isPerfect, scoreCorpus, type ScoredFinding } from './helpers/corpus-score.js';
import { looksRandom } from './helpers/corpus-values.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'corpus');
/** Another seed gives other keys in the same places: `CORPUS_SEED=7 npx vitest run test/corpus.test.ts`. */
const SEED = Number(process.env.CORPUS_SEED ?? 16);
/** While working on one form: `CORPUS_FILTER=header/nginx` scores only the cases whose `<class>/<case>` holds it. */
const FILTER = process.env.CORPUS_FILTER;
/** `CORPUS_KEEP=1` keeps the expanded corpus and prints where it is, to scan it by hand. */
const KEEP = process.env.CORPUS_KEEP === '1';
/** `CORPUS_CLI=/other/checkout/bin/keylint.js` scores another build (before/after figures); default: this one. */
const CLI = process.env.CORPUS_CLI ?? path.resolve(ROOT, '..', '..', 'bin', 'keylint.js');

const cases = loadCorpus(ROOT).filter((c) => !FILTER || `${c.cls}/${c.name}`.includes(FILTER));
let tmp: ReturnType<typeof tempDir>;
const planted: Planted[] = [];
const findings: ScoredFinding[] = [];
const notes: string[] = [];

/** Scans `dir` as a user would and names each finding's file as the score does (`<class>/<case>/<path>`). */
async function scan(dir: string, prefix: string): Promise<ScoredFinding[]> {
  const stdout = await new Promise<string>((resolve, reject) => {
    const args = [CLI, 'scan', '.', '-f', 'json', '--show-secrets'];
    const options = { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 };
    execFile(process.execPath, args, options, (error, out, err) => {
      // Exit 1 means findings; anything else is a failed scan.
      if (!error || error.code === 1) resolve(out);
      else reject(new Error(`keylint exited ${String(error.code)} in ${prefix || '.'}: ${err}`));
    });
  });
  const report = JSON.parse(stdout) as Report;
  notes.push(...report.notes.map((n) => `${prefix}${n.file}: ${n.reason}`));
  return report.findings.map((f) => ({ ...f, file: prefix + f.file }));
}

beforeAll(async () => {
  tmp = tempDir('keylint-corpus-');
  // Cases without git history share one tree and one scan; a case with git steps is its own repository.
  const tree = path.join(tmp.dir, 'tree');
  fs.mkdirSync(tree);
  const own = (c: CorpusCase) => c.spec.git !== undefined;
  for (const c of cases) {
    const dest = own(c) ? path.join(tmp.dir, 'repos', c.cls, c.name) : path.join(tree, c.cls, c.name);
    fs.mkdirSync(dest, { recursive: true });
    planted.push(...writeCase(c, dest, SEED));
  }
  // The scans wait mostly on process start-up, so they run side by side.
  const repoScans = cases
    .filter(own)
    .map((c) => scan(path.join(tmp.dir, 'repos', c.cls, c.name), `${c.cls}/${c.name}/`));
  const scans = [scan(tree, ''), ...repoScans];
  for (const found of await Promise.all(scans)) findings.push(...found);
}, 900_000);

afterAll(() => {
  if (KEEP) console.log(`expanded corpus kept in ${tmp.dir}`);
  else tmp?.cleanup();
});

describe('detection corpus', () => {
  it.skipIf(FILTER)('plants keys and decoys in every class, and enough of them', () => {
    for (const cls of CLASSES) {
      expect(planted.filter((p) => p.cls === cls && p.token.type === 'key').length, `${cls} keys`).toBeGreaterThan(0);
      expect(planted.filter((p) => p.cls === cls && p.token.type !== 'key').length, `${cls} decoys`).toBeGreaterThan(0);
    }
    expect(planted.filter((p) => p.token.type === 'key').length).toBeGreaterThanOrEqual(250);
    expect(planted.filter((p) => p.token.type !== 'key').length).toBeGreaterThanOrEqual(150);
  });

  it('holds no key-shaped literal in its committed files (placeholder shapes are fine)', () => {
    for (const c of cases) {
      for (const [rel, text] of [...c.files, ...c.templates]) {
        const bodies = [...text.matchAll(/max_(?:prd|dev)_ak_([A-Za-z0-9_-]{16,})/g)].map((m) => m[1]!);
        expect(bodies.filter(looksRandom), `${c.cls}/${c.name}/${rel}`).toEqual([]);
      }
    }
  });

  it('finds every planted key with its vendor attribution and policies, and nothing else', () => {
    const score = scoreCorpus(planted, findings);
    const noted = notes.length ? `\n\nscan notes (${notes.length}):\n${notes.map((n) => `  ${n}`).join('\n')}` : '';
    const about = [`seed ${SEED}`, FILTER && `cases matching ${FILTER}`, process.env.CORPUS_CLI && CLI];
    const title = ['detection corpus', ...about].filter(Boolean).join(', ');
    console.log(`${title}\n${formatScore(score)}${noted}`);
    expect(isPerfect(score), 'see the table above').toBe(true);
  });
});
