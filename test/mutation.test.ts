// The detection corpus under mutations that keep a file's meaning (test/helpers/corpus-mutations.ts): line endings,
// a byte-order mark, whitespace, indentation, names, quotes, folders, file-name case, long lines, key bodies at their
// edges, minified files, a file shown in a README. A held-out corpus binds keys as ours does but writes them
// otherwise; a rule that only matches our writing loses keys there. A seeded sample of cases is written once as it is
// and once per mutation, all scanned by one run of the real CLI, and each mutated case must give the same findings as
// the original (same rule, secret, vendor, confirmation, environment and policies).
//   MUTATE_CASES=all MUTATE_ONLY=all npx vitest run test/mutation.test.ts   # every case, every mutation (minutes)
//   MUTATE_ONLY=crlf,quotes-swapped MUTATE_KEEP=1 npx vitest run test/mutation.test.ts   # some, tree kept
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Report } from '../src/types.js';
import { tempDir } from './helpers/cli.js';
import { loadCorpus, writeCase } from './helpers/corpus-cases.js';
import { type CaseFile, MUTATIONS, type Mutated, type Mutation } from './helpers/corpus-mutations.js';
import { redact } from './helpers/corpus-values.js';
import { seeded } from './helpers/fake.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'corpus');
const CLI = path.resolve(ROOT, '..', '..', 'bin', 'keylint.js');
const SEED = Number(process.env.MUTATE_SEED ?? 5);
/** How many cases the sample holds; `all` for every case. */
const SAMPLE = process.env.MUTATE_CASES ?? '60';
const ONLY = process.env.MUTATE_ONLY?.split(',');
/** `MUTATE_KEEP=1` keeps the written cases and prints where they are. */
const KEEP = process.env.MUTATE_KEEP === '1';

// Cases with git steps or generated files (encodings, archives, padding) test how files reach the scan, which these
// mutations of text do not touch.
const eligible = loadCorpus(ROOT).filter((c) => !c.spec.git && !c.spec.generate);
const rnd = seeded(SEED);
const cases =
  SAMPLE === 'all'
    ? eligible
    : eligible
        .map((c) => ({ c, r: rnd() }))
        .sort((a, b) => a.r - b.r)
        .slice(0, Number(SAMPLE))
        .map((x) => x.c);
/**
 * The mutations every case passes today; the others still show gaps (listed in test/corpus/README.md) and run on
 * demand (`MUTATE_ONLY=all`, or by name) to measure them.
 */
const GATED = new Set(['cr', 'bom', 'tabs', 'one-folder-deeper', 'three-folders-deeper', 'name-case']);
const mutations = MUTATIONS.filter((m) => (ONLY ? ONLY.includes('all') || ONLY.includes(m.name) : GATED.has(m.name)));

interface Applied {
  mutation: Mutation;
  id: string;
  result: Mutated;
}

let tmp: ReturnType<typeof tempDir>;
const applied: Applied[] = [];
const findingsBy = new Map<string, Finding[]>();

/** Every file under `dir`, relative to it, with forward slashes. */
function readTree(dir: string, prefix = ''): CaseFile[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return readTree(dir, rel);
    return [{ rel, text: fs.readFileSync(path.join(dir, rel), 'utf8') }];
  });
}

beforeAll(async () => {
  tmp = tempDir('keylint-mutation-');
  const tree = path.join(tmp.dir, 'tree');
  for (const c of cases) {
    const id = `${c.cls}/${c.name}`;
    const base = path.join(tree, 'original', id);
    fs.mkdirSync(base, { recursive: true });
    const planted = writeCase(c, base, SEED);
    const files = readTree(base);
    const byFile = new Map<string, Array<{ value: string; kind: string }>>();
    for (const p of planted) {
      const rel = p.file.slice(id.length + 1);
      if (!byFile.has(rel)) byFile.set(rel, []);
      byFile.get(rel)!.push({ value: p.value, kind: p.token.kind });
    }
    for (const mutation of mutations) {
      const result = mutation.apply({ files, planted: byFile, rnd: seeded(SEED + mutation.name.length) });
      if (!result.changed.size) continue;
      applied.push({ mutation, id, result });
      for (const f of result.files) {
        const file = path.join(tree, mutation.name, id, f.rel);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, f.text);
      }
    }
  }
  const stdout = await new Promise<string>((resolve, reject) => {
    const options = { cwd: tree, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 512 * 1024 * 1024 };
    execFile(process.execPath, [CLI, 'scan', '.', '-f', 'json', '--show-secrets'], options, (error, out, err) => {
      if (!error || error.code === 1) resolve(out);
      else reject(new Error(`keylint exited ${String(error.code)}: ${err}`));
    });
  });
  for (const f of (JSON.parse(stdout) as Report).findings) {
    // `<mutation>/<class>/<case>/<path>`
    const [top, cls, name] = f.file.split('/');
    const key = `${top}/${cls}/${name}`;
    if (!findingsBy.has(key)) findingsBy.set(key, []);
    findingsBy.get(key)!.push({ ...f, file: f.file.split('/').slice(3).join('/') });
  }
}, 600_000);

afterAll(() => {
  if (KEEP) console.log(`mutated cases kept in ${tmp.dir}/tree`);
  else tmp?.cleanup();
  // Removing a few thousand small files takes long on a loaded machine.
}, 180_000);

/** What a mutated case lost, gained or changed against the original, each as a printable line. */
interface Diff {
  lost: string[];
  gained: string[];
  fields: string[];
  policies: string[];
}

function compare(a: Applied): Diff {
  const back = new Map([...a.result.secrets].map(([from, to]) => [to, from]));
  const mutated = (findingsBy.get(`${a.mutation.name}/${a.id}`) ?? []).map((f) => ({
    ...f,
    file: a.result.origin.get(f.file) ?? f.file,
    secret: back.get(f.secret ?? '') ?? f.secret,
  }));
  const original = findingsBy.get(`original/${a.id}`) ?? [];
  const key = (f: Finding) => `${f.file} ${f.ruleId} ${f.secret}`;
  const show = (f: Finding) => `${a.id}/${f.file}:${f.line} ${f.ruleId} ${redact(f.secret ?? '')}`;
  const diff: Diff = { lost: [], gained: [], fields: [], policies: [] };
  const secrets = (list: Finding[]) => new Map(list.filter((f) => f.kind === 'secret').map((f) => [key(f), f]));
  const before = secrets(original);
  const after = secrets(mutated);
  for (const [k, f] of before) {
    const g = after.get(k);
    if (!g) diff.lost.push(show(f));
    else {
      const changed = (['vendor', 'vendorConfirmed', 'environment'] as const).filter((x) => f[x] !== g[x]);
      if (changed.length) diff.fields.push(`${show(f)} ${changed.map((x) => `${x} ${f[x]} → ${g[x]}`).join(', ')}`);
    }
  }
  for (const [k, g] of after) if (!before.has(k)) diff.gained.push(show(g));
  if (a.mutation.samePolicies) {
    const policies = (list: Finding[]) =>
      list
        .filter((f) => f.kind === 'policy')
        .map(key)
        .sort();
    const p0 = policies(original);
    const p1 = policies(mutated);
    for (const p of p0) if (!p1.includes(p)) diff.policies.push(`${a.id} lost policy ${p.replace(/ \S+$/, '')}`);
    for (const p of p1) if (!p0.includes(p)) diff.policies.push(`${a.id} gained policy ${p.replace(/ \S+$/, '')}`);
  }
  return diff;
}

describe('detection under meaning-preserving mutations', () => {
  it('finds the same keys, vendors and policies in every mutated case as in the original', () => {
    const rows = [['mutation', 'cases', 'keys lost', 'gained', 'fields', 'policies']];
    const details: string[] = [];
    for (const m of mutations) {
      const mine = applied.filter((a) => a.mutation === m).map((a) => compare(a));
      const sum = (f: (d: Diff) => string[]) => mine.reduce((n, d) => n + f(d).length, 0);
      rows.push([
        m.name,
        String(mine.length),
        ...[(d: Diff) => d.lost, (d: Diff) => d.gained, (d: Diff) => d.fields, (d: Diff) => d.policies].map((f) =>
          String(sum(f)),
        ),
      ]);
      for (const d of mine) {
        for (const x of d.lost) details.push(`${m.name}: lost ${x}`);
        for (const x of d.gained) details.push(`${m.name}: gained ${x}`);
        for (const x of d.fields) details.push(`${m.name}: changed ${x}`);
        for (const x of d.policies) details.push(`${m.name}: ${x}`);
      }
    }
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    const table = rows.map((r) => r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
    console.log(`mutations of ${cases.length} cases, seed ${SEED}\n${table.join('\n')}\n${details.join('\n')}`);
    expect(details).toEqual([]);
  });
});
