// Boundary: git cannot be turned against the user. A scanned repository chooses its ref names and its
// own .git/config; neither may make keylint's git calls write files or run programs.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake.js';
import { runCli, runJson, useRepos } from '../helpers/git.js';

const BIN = path.resolve(import.meta.dirname, '..', '..', 'bin', 'keylint.js');
const newRepo = useRepos({ initial: true });
const keys = fakeKeys(1701);

/** A script that leaves a marker file when run: any program a repo config names. */
function markerProgram(dir: string, name: string): { program: string; marker: string } {
  const marker = path.join(dir, `${name}.ran`);
  const program = path.join(dir, `${name}.sh`);
  fs.writeFileSync(program, `#!/bin/sh\necho ran >> '${marker}'\n`, { mode: 0o755 });
  return { program, marker };
}

type Repo = ReturnType<typeof newRepo>;

/**
 * Writes a commit object by hand on top of HEAD, with `headers` (author, committer and any other) written as given,
 * and points main at it: git's own commands would refuse or normalise what these tests craft.
 */
function rawCommit(repo: Repo, headers: string[], message: string): void {
  const tree = repo.git('rev-parse', 'HEAD^{tree}');
  const text = [`tree ${tree}`, `parent ${repo.git('rev-parse', 'HEAD')}`, ...headers, '', message, ''].join('\n');
  fs.writeFileSync(path.join(repo.dir, 'commit.txt'), text);
  const id = repo.git('hash-object', '-w', '-t', 'commit', 'commit.txt');
  fs.rmSync(path.join(repo.dir, 'commit.txt'));
  repo.git('update-ref', 'refs/heads/main', id);
}

describe('revisions are resolved once, never read as options', () => {
  it('a ref named --output=pwned.txt writes no file and the range is scanned', () => {
    const repo = newRepo();
    repo.git('update-ref', 'refs/heads/--output=pwned.txt', 'HEAD');
    repo.commit({ 'src/client.ts': `export const key = '${keys.maxProd()}';\n` });
    const { code, report } = runJson(repo.dir, ['diff', '--base=--output=pwned.txt', '--head', 'HEAD']);
    expect(fs.existsSync(path.join(repo.dir, 'pwned.txt'))).toBe(false);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toContain('maxai-prod-key');
  });

  it('keylint git --branch with such a ref walks it and writes no file', () => {
    const repo = newRepo();
    repo.commit({ 'src/client.ts': `export const key = '${keys.maxProd()}';\n` });
    repo.git('update-ref', 'refs/heads/--output=pwned.txt', 'HEAD');
    const { report } = runJson(repo.dir, ['git', '--branch=--output=pwned.txt']);
    expect(fs.existsSync(path.join(repo.dir, 'pwned.txt'))).toBe(false);
    expect(report.findings.map((f) => f.ruleId)).toContain('maxai-prod-key');
  });
});

describe("the repository's own config runs nothing", () => {
  it('log.showSignature with a gpg.program: keylint git does not run the program', () => {
    const repo = newRepo();
    const { program, marker } = markerProgram(repo.dir, 'gpg');
    // A commit with a signature header: `git log --show-signature` hands it to gpg.program to verify.
    rawCommit(
      repo,
      [
        'author Ada <ada@example.test> 1700000000 +0000',
        'committer Ada <ada@example.test> 1700000000 +0000',
        'gpgsig -----BEGIN PGP SIGNATURE-----',
        ' ',
        ' AAAA',
        ' -----END PGP SIGNATURE-----',
      ],
      'signed',
    );
    repo.git('config', 'log.showSignature', 'true');
    repo.git('config', 'gpg.program', program);
    const run = runCli(repo.dir, ['git', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('core.fsmonitor: keylint staged does not run the hook', () => {
    const repo = newRepo();
    const { program, marker } = markerProgram(repo.dir, 'fsmonitor');
    repo.write('notes.txt', 'hello\n');
    repo.git('add', 'notes.txt');
    repo.git('config', 'core.fsmonitor', program);
    const run = runCli(repo.dir, ['staged', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('mailmap.file naming /dev/zero: keylint git ends and finds the key', () => {
    // git log read the endless mailmap (authors are shown through it by default) and keylint waited on it.
    const repo = newRepo();
    repo.commit({ 'src/client.ts': `export const key = '${keys.maxProd()}';\n` });
    repo.git('config', 'mailmap.file', '/dev/zero');
    const started = Date.now();
    const result = spawnSync(
      'sh',
      ['-c', 'ulimit -v 4000000 && exec "$@"', 'sh', process.execPath, BIN, 'git', '-f', 'json'],
      {
        cwd: repo.dir,
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('maxai-prod-key');
  });

  it('i18n.logOutputEncoding=UTF-16: keylint git still reads every commit and finds the key', () => {
    // git log wrote its header lines in UTF-16 (NULs between the characters): the walk met no commit, exit 0.
    const repo = newRepo();
    repo.commit({ 'src/client.ts': `export const key = '${keys.maxProd()}';\n` });
    for (const encoding of ['UTF-16', 'UTF-32']) {
      repo.git('config', 'i18n.logOutputEncoding', encoding);
      const { code, report } = runJson(repo.dir, ['git']);
      expect(code).toBe(1);
      expect(report.findings.map((f) => f.ruleId)).toEqual(['maxai-prod-key']);
    }
  });

  it('an external diff driver and a textconv filter are not run by diff or staged', () => {
    const repo = newRepo();
    const { program, marker } = markerProgram(repo.dir, 'driver');
    repo.commit({ '.gitattributes': '*.txt diff=evil\n' });
    repo.git('config', 'diff.evil.command', program);
    repo.git('config', 'diff.evil.textconv', program);
    repo.git('config', 'diff.external', program);
    repo.commit({ 'a.txt': 'one\n' });
    repo.write('a.txt', 'two\n');
    repo.git('add', 'a.txt');
    expect(runCli(repo.dir, ['diff', 'HEAD~1..HEAD', '--format', 'json']).code).toBe(0);
    expect(runCli(repo.dir, ['staged', '--format', 'json']).code).toBe(0);
    expect(runCli(repo.dir, ['git', '--format', 'json']).code).toBe(0);
    expect(fs.existsSync(marker)).toBe(false);
  });
});

describe('objects are read as committed', () => {
  it('a replace ref that shows a clean blob for the key, or a graft that cuts the commit off: the key is found', () => {
    for (const hide of ['replace', 'graft'] as const) {
      const repo = newRepo();
      const added = repo.commit({ 'src/client.ts': `export const key = '${keys.maxProd()}';\n` });
      repo.commit({ 'src/client.ts': 'export const key = process.env.MAXAI_API_KEY;\n' });
      if (hide === 'replace') {
        const clean = repo.git('rev-parse', 'HEAD:src/client.ts');
        repo.git('replace', '-f', repo.git('rev-parse', `${added}:src/client.ts`), clean);
      } else fs.writeFileSync(path.join(repo.dir, '.git', 'info', 'grafts'), `${repo.git('rev-parse', 'HEAD')}\n`);
      // Before: git log and cat-file honoured both, and the history showed no key.
      const { report } = runJson(repo.dir, ['git']);
      expect(report.findings.filter((f) => f.ruleId === 'maxai-prod-key').map((f) => f.commit)).toEqual([added]);
    }
  });

  it('a commit-graph whose entry gives a commit a parent it does not have: the commit cut off is still walked', () => {
    const repo = newRepo();
    const initial = repo.git('rev-parse', 'HEAD');
    const added = repo.commit({ 'src/client.ts': `export const key = '${keys.maxProd()}';\n` });
    const removed = repo.commit({ 'src/client.ts': 'export const key = process.env.MAXAI_API_KEY;\n' });
    repo.git('commit-graph', 'write', '--reachable');
    // The last commit's first parent, in the graph git trusts for parents, made the initial commit: a .git handed
    // over (a tarball) carries its own graph. Before: git log walked around the commit that adds the key.
    setGraphParent(path.join(repo.dir, '.git', 'objects', 'info', 'commit-graph'), removed, initial);
    expect(repo.git('log', '--format=%H')).not.toContain(added);
    const { report } = runJson(repo.dir, ['git']);
    expect(report.findings.filter((f) => f.ruleId === 'maxai-prod-key').map((f) => f.commit)).toEqual([added]);
  });

  it.each([[[]], [['--all']]])(
    'a .git/shallow listing a commit whose parents are present: keylint git %j still walks them, with a note',
    (flags) => {
      const repo = newRepo();
      const added = repo.commit({ 'src/client.ts': `export const key = '${keys.maxProd()}';\n` });
      repo.commit({ 'src/client.ts': 'export const key = process.env.MAXAI_API_KEY;\n' });
      const cut = repo.commit({ 'README.md': 'docs\n' });
      // git log treats each listed commit as parentless, whether or not its parents are here: a .git handed over
      // lists the commit after the key's removal. Before: no findings, exit 0 (the note said only "shallow clone").
      fs.writeFileSync(path.join(repo.dir, '.git', 'shallow'), `${cut}\n${'f'.repeat(40)}\n`);
      expect(repo.git('log', '--format=%H')).not.toContain(added);
      const { code, report } = runJson(repo.dir, ['git', ...flags]);
      expect(code).toBe(1);
      expect(report.findings.filter((f) => f.ruleId === 'maxai-prod-key').map((f) => f.commit)).toEqual([added]);
      expect(report.notes).toContainEqual({
        file: '.git/shallow',
        reason: 'lists commits whose parents this repository holds (1); git stops there, keylint walked them too',
      });
    },
  );
});

/** Rewrites the first parent of `commit` in a commit-graph file (format: git's gitformat-commit-graph) to `parent`. */
function setGraphParent(file: string, commit: string, parent: string): void {
  const graph = fs.readFileSync(file);
  const chunks = new Map<string, number>();
  for (let i = 0; i <= graph[6]!; i++)
    chunks.set(graph.toString('latin1', 8 + 12 * i, 12 + 12 * i), Number(graph.readBigUInt64BE(12 + 12 * i)));
  const lookup = chunks.get('OIDL')!;
  const data = chunks.get('CDAT')!;
  const ids = Array.from({ length: (data - lookup) / 20 }, (_, i) =>
    graph.toString('hex', lookup + 20 * i, lookup + 20 * i + 20),
  );
  graph.writeUInt32BE(ids.indexOf(parent), data + 36 * ids.indexOf(commit) + 20);
  fs.chmodSync(file, 0o644);
  fs.writeFileSync(file, graph);
}

describe('every ref is every object a ref names', () => {
  it('keylint git --all reads the blobs that tags name without a commit: a blob, a tree, a tag of a tag', () => {
    const repo = newRepo();
    const blob = (text: string) =>
      execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo.dir, input: text, encoding: 'utf8' }).trim();
    const [first, second] = [keys.maxProd(), keys.maxProd()];
    repo.git('tag', '-a', '-m', 'data', 'blob-tag', blob(`MAXAI_API_KEY=${first}\n`));
    repo.git('tag', '-a', '-m', 'outer', 'tag-of-tag', 'blob-tag');
    const tree = execFileSync('git', ['mktree'], {
      cwd: repo.dir,
      input: `100644 blob ${blob(`MAXAI_API_KEY=${second}\n`)}\tprod.env\n`,
      encoding: 'utf8',
    }).trim();
    repo.git('tag', 'tree-tag', tree);
    // Before: git log --all walks commits only, and neither key was reported (exit 0).
    const { code, report } = runJson(repo.dir, ['git', '--all']);
    expect(code).toBe(1);
    const found = report.findings.filter((f) => f.ruleId === 'maxai-prod-key').map((f) => f.file);
    expect(found.sort()).toEqual(['prod.env', 'refs/tags/blob-tag']);
  });
});

describe('a bare repository is its own project', () => {
  it("a bare mirror kept inside another work tree is not silenced by that project's config", () => {
    const outer = newRepo();
    outer.write('.keylint.json', JSON.stringify({ allow: { paths: [{ glob: '**', reason: 'outer project' }] } }));
    const inner = newRepo();
    inner.commit({ 'src/client.ts': `export const key = '${keys.maxProd()}';\n` });
    const mirror = path.join(outer.dir, 'cache', 'inner.git');
    outer.git('clone', '-q', '--bare', inner.dir, mirror);
    const { code, report } = runJson(mirror, ['git', '--all']);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toContain('maxai-prod-key');
  });
});

describe('commit and tag objects are scanned', () => {
  it('a key in a commit message, an author name or an annotated tag message is found', () => {
    // Each is pushed with the commit (the tag with --tags) and shown by GitHub and `git log`; before, keylint git read
    // blobs only: no finding, exit 0.
    const repo = newRepo();
    const [inMessage, inAuthor, inTag] = [keys.maxProd(), keys.maxDev(), keys.maxProd()];
    repo.commit({ 'a.txt': 'one\n' });
    repo.git('commit', '-q', '--allow-empty', '-m', 'rotate the key', '-m', `old one was MAXAI_API_KEY=${inMessage}`);
    const message = repo.git('rev-parse', 'HEAD');
    rawCommit(
      repo,
      [`author ${inAuthor} <a@example.test> 1700000000 +0000`, 'committer c <c@example.test> 1700000000 +0000'],
      'release',
    );
    const author = repo.git('rev-parse', 'HEAD');
    repo.git('tag', '-a', 'v1', '-m', `deploy with MAXAI_API_KEY=${inTag}`);
    // A message that describes code sends nothing: usage lints are not read into it.
    const described =
      "fetch('http://api.maxcare.ai/v1/me', { headers: { Authorization: `Bearer ${process.env.MAXAI_API_KEY}` } })";
    repo.git('commit', '-q', '--allow-empty', '-m', 'use plain http in the emulator', '-m', described);
    const where = (report: { findings: Array<{ file: string; line: number; commit?: string; ruleId: string }> }) =>
      report.findings.filter((f) => f.ruleId.startsWith('maxai-')).map((f) => [f.file, f.line, f.commit ?? null]);
    const walked = runJson(repo.dir, ['git']);
    expect(walked.code).toBe(1);
    expect(where(walked.report)).toEqual([
      ['.git/COMMIT_EDITMSG', 3, author],
      ['.git/COMMIT_EDITMSG', 8, message],
    ]);
    const all = runJson(repo.dir, ['git', '--all']);
    expect(where(all.report)).toContainEqual(['.git/refs/tags/v1', 6, null]);
    expect(all.report.findings.filter((f) => f.kind === 'usage')).toEqual([]);
    // The author line is a name too: it is redacted wherever keylint shows it.
    expect(JSON.stringify(all.report)).not.toContain(inAuthor);
  });
});

describe('commit objects are data', () => {
  it('an author name holding a carriage return and a raw entry cannot claim a blob a later commit adds', () => {
    // git log's lines were split at a lone \r too: the author below read as a submodule entry for the key's blob,
    // which was then taken as seen, and the commit that really adds it was scanned without it.
    const repo = newRepo();
    const content = `MAXAI_API_KEY=${keys.maxProd()}\n`;
    fs.writeFileSync(path.join(repo.dir, 'k.env'), content);
    const blob = repo.git('hash-object', 'k.env');
    fs.rmSync(path.join(repo.dir, 'k.env'));
    const entry = `:160000 160000 ${'0'.repeat(40)} ${blob} A\tx`;
    rawCommit(
      repo,
      [`author evil\r${entry} <e@example.test> 1700000000 +0000`, 'committer c <c@example.test> 1700000000 +0000'],
      'crafted',
    );
    repo.commit({ 'k.env': content });
    const { code, report } = runJson(repo.dir, ['git']);
    expect(code).toBe(1);
    expect(report.findings.filter((f) => f.ruleId === 'maxai-prod-key').map((f) => f.file)).toEqual(['k.env']);
  });

  it.each([
    ['a submodule entry', (blob: string) => `160000 commit ${blob}\tvendor`],
    ['a symbolic link', (blob: string) => `120000 blob ${blob}\tlink`],
  ])('%s naming the id of a blob a later commit adds does not hide that blob', (_, entry) => {
    // History scans each blob once, where it first appears; a tree may name any id as a submodule's commit or a
    // link's target, and neither is scanned: the later file with the same content was skipped as seen.
    const repo = newRepo();
    const content = `MAXAI_API_KEY=${keys.maxProd()}\n`;
    fs.writeFileSync(path.join(repo.dir, 'k.env'), content);
    const blob = repo.git('hash-object', 'k.env');
    fs.rmSync(path.join(repo.dir, 'k.env'));
    const tree = execFileSync('git', ['mktree', '--missing'], {
      cwd: repo.dir,
      input: `${entry(blob)}\n`,
      encoding: 'utf8',
    }).trim();
    const parent = repo.git('rev-parse', 'HEAD');
    const id = repo.git('commit-tree', tree, '-p', parent, '-m', 'crafted');
    repo.git('update-ref', 'refs/heads/main', id);
    repo.commit({ 'k.env': content });
    const { report } = runJson(repo.dir, ['git']);
    expect(report.findings.filter((f) => f.ruleId === 'maxai-prod-key').map((f) => f.file)).toEqual(['k.env']);
  });

  it('a blob first added at a path the config allows is still scanned where a later commit adds it elsewhere', () => {
    const repo = newRepo();
    const content = `MAXAI_API_KEY=${keys.maxProd()}\n`;
    repo.commit({ '.keylint.json': '{"allow":{"paths":["fixtures/**"]}}', 'fixtures/k.env': content });
    repo.commit({ '.env': content });
    const { report } = runJson(repo.dir, ['git']);
    expect(report.findings.filter((f) => f.ruleId === 'maxai-prod-key').map((f) => f.file)).toEqual(['.env']);
  });

  it('a blob first added where it is nobody’s key is read again where a later commit adds it as NovaMed’s', () => {
    // Detection depends on the path (a generic API_KEY= in novamed.env is NovaMed's key): scanned once, as
    // notes.txt, the blob's NovaMed key in the later novamed.env was never reported.
    const repo = newRepo();
    const content = 'API_KEY=Qm7vK2xR9pL4tN8wZ3cF6hJ1\n';
    repo.commit({ 'notes.txt': content });
    repo.commit({ 'novamed.env': content });
    const { report } = runJson(repo.dir, ['git']);
    expect(report.findings.filter((f) => f.kind === 'secret').map((f) => `${f.ruleId} ${f.file}`)).toEqual([
      'novamed-api-key novamed.env',
    ]);
  });

  it('a change that only renames: what the new path makes of the text is reported, what the old path had is not', () => {
    // A rename adds no line, so diff and staged read nothing: a server file's key moved into public/ (now shipped to
    // browsers) or a generic API_KEY= line moved into novamed.env passed the pull request's check.
    const repo = newRepo();
    repo.commit({
      'notes.txt': 'API_KEY=Qm7vK2xR9pL4tN8wZ3cF6hJ1\n',
      'src/key.js': `export const k = '${keys.maxProd()}';\n`,
    });
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('mv', 'notes.txt', 'novamed.env');
    fs.mkdirSync(path.join(repo.dir, 'public'));
    repo.git('mv', 'src/key.js', 'public/key.js');
    const staged = runJson(repo.dir, ['staged']);
    repo.commit({});
    const diff = runJson(repo.dir, ['diff', `${base}...HEAD`]);
    for (const { code, report } of [staged, diff]) {
      expect(code).toBe(1);
      expect(report.findings.map((f) => `${f.ruleId} ${f.file}`).sort()).toEqual([
        'key-in-client-bundle public/key.js',
        'novamed-api-key novamed.env',
      ]);
    }
  });
});
