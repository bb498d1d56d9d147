// Trust boundary: scanned content. Whatever a repository holds (maps that point anywhere, broken mappings,
// FIFOs, names that are not valid Unicode, crafted .gitignore files), the scan ends, in bounded time and
// memory, with every key found and the trouble as a note on the file it came from.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '../helpers/cli.js';
import { tarOf, zipOf } from '../helpers/archive.js';
import { fakeKeys } from '../helpers/fake.js';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'keylint.js');
const key = fakeKeys(1701).maxProd();
const NOT_REGULAR = 'source map not usable: not a regular file; not read';
const OUTSIDE = 'source map not usable: outside the folder scanned; not read';
const bundle = `!function(){var e="${key}";window.k=e}();\n`;

interface Finding {
  file: string;
  ruleId: string;
  original?: { file: string };
}

/**
 * `keylint scan . -f FORMAT` with a deadline and 4 GB of address space: a scan that hangs is killed (code
 * null), one that reads a device without end dies of it, instead of taking the shared machine's memory.
 */
function scanBounded(root: string, format = 'json', seconds = 20) {
  const command = [process.execPath, BIN, 'scan', '.', '-f', format];
  const run = spawnSync('sh', ['-c', 'ulimit -v 4000000 && exec "$@"', 'sh', ...command], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: seconds * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function jsonScan(root: string) {
  const run = scanBounded(root);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(1);
  const report = JSON.parse(run.stdout) as { findings: Finding[]; notes: Array<{ file: string; reason: string }> };
  return { ...report, keys: report.findings.filter((f) => f.ruleId === 'maxai-prod-key') };
}

describe('scanned content cannot crash or hang the scan', () => {
  const tempRoot = useTempDir('keylint-sec-content-');

  it('a malformed sourceMappingURL is a note on its file', () => {
    const root = tempRoot();
    writeTree(root, { 'dist/app.js': `${bundle}//# sourceMappingURL=%E0%A4%A\n` });
    const report = jsonScan(root);
    expect(report.keys.map((f) => f.file)).toEqual(['dist/app.js']);
    const reason = 'source map not usable: malformed sourceMappingURL';
    expect(report.notes).toEqual([{ file: 'dist/app.js', reason }]);
  });

  it('a malformed inline map URL is a note on its file', () => {
    const root = tempRoot();
    writeTree(root, { 'dist/app.js': `${bundle}//# sourceMappingURL=data:application/json,%E0%A4%A\n` });
    const report = jsonScan(root);
    expect(report.keys.map((f) => f.file)).toEqual(['dist/app.js']);
    expect(report.notes.map((n) => n.file)).toEqual(['dist/app.js']);
  });

  it('a map whose mappings index past its sources leaves the finding without an original', () => {
    const root = tempRoot();
    // Segments 2 and 3 move the source index to 1 and 3: the map lists one source.
    const map = { version: 3, sources: ['src/a.ts'], names: [], mappings: 'AAAA,KCAA,EEAA,GAAG' };
    writeTree(root, { 'app.js': `${bundle}//# sourceMappingURL=app.js.map\n`, 'app.js.map': JSON.stringify(map) });
    const report = jsonScan(root);
    expect(report.keys.map((f) => [f.file, f.original])).toEqual([['app.js', undefined]]);
  });

  it('a map URL naming /dev/zero is not read', () => {
    const root = tempRoot();
    writeTree(root, { 'app.js': `${bundle}//# sourceMappingURL=/dev/zero\n` });
    const report = jsonScan(root);
    expect(report.keys.map((f) => f.file)).toEqual(['app.js']);
    expect(report.notes).toEqual([{ file: 'app.js', reason: OUTSIDE }]);
  });

  it.each([['/proc/self/environ'], ['../outside/token.map'], ['linked/token.map']])(
    'a map URL naming %s, outside the folder scanned, is not read; a map that is no JSON is not quoted',
    (url) => {
      // The map was read wherever the bundle said, and the JSON parser's message quoted it in the note
      // (`Unexpected token 'S', "SHELL=/bin"... is not valid JSON`): the start of the environment, of a token file.
      const dir = tempRoot();
      const root = path.join(dir, 'repo');
      writeTree(dir, { 'outside/token.map': 'ghp_SECRETVALUE0123456789\n' });
      writeTree(root, { 'app.js': `${bundle}//# sourceMappingURL=${url}\n`, 'b.js': bundle, 'b.js.map': 'SHELL=x' });
      fs.symlinkSync(path.join(dir, 'outside'), path.join(root, 'linked'));
      const report = jsonScan(root);
      expect(report.keys.map((f) => f.file).sort()).toEqual(['app.js', 'b.js']);
      expect(report.notes).toEqual([
        { file: 'app.js', reason: OUTSIDE },
        { file: 'b.js', reason: 'source map not usable: not valid JSON' },
      ]);
    },
  );

  it('a FIFO named as a map does not hang the scan', () => {
    const root = tempRoot();
    writeTree(root, { 'app.js': `${bundle}//# sourceMappingURL=app.js.map\n` });
    expect(spawnSync('mkfifo', [path.join(root, 'app.js.map')]).status).toBe(0);
    const report = jsonScan(root);
    expect(report.keys.map((f) => f.file)).toEqual(['app.js']);
    expect(report.notes).toContainEqual({ file: 'app.js', reason: NOT_REGULAR });
  });

  it('a lone surrogate in a map source name gives valid SARIF', () => {
    const root = tempRoot();
    const content = `const key = "${key}";\n`;
    const map = { version: 3, sources: ['src/\ud800.ts'], sourcesContent: [content], names: [], mappings: 'AAAA' };
    writeTree(root, { 'dist/app.js.map': JSON.stringify(map) });
    const run = scanBounded(root, 'sarif');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout).runs[0].results as Array<{ relatedLocations?: unknown[] }>;
    const uris = JSON.stringify(results.map((r) => r.relatedLocations));
    expect(uris).toContain('src/%EF%BF%BD.ts');
  });

  it('a .gitignore with a dozen consecutive ** is folded to one and still honoured', () => {
    const root = tempRoot();
    const deep = `a/${'b/'.repeat(24)}`;
    writeTree(root, {
      '.gitignore': `a/${Array(12).fill('**').join('/')}/x\n`,
      [`${deep}config.env`]: `MAX_KEY=${key}\n`,
      [`${deep}x/ignored.env`]: `MAX_KEY=${fakeKeys(1702).maxProd()}\n`,
    });
    const report = jsonScan(root);
    expect(report.keys.map((f) => f.file)).toEqual([`${deep}config.env`]);
    expect(report.notes).toEqual([]);
  });

  it('a .gitignore line with a dozen separate ** is not honoured, with a note', () => {
    const root = tempRoot();
    const deep = `a/${'b/'.repeat(24)}`;
    writeTree(root, {
      '.gitignore': `a/${Array(12).fill('**').join('/b/')}/x\nlogs/\n`,
      [`${deep}config.env`]: `MAX_KEY=${key}\n`,
      'logs/ignored.env': `MAX_KEY=${fakeKeys(1703).maxProd()}\n`,
    });
    const report = jsonScan(root);
    expect(report.keys.map((f) => f.file)).toEqual([`${deep}config.env`]);
    expect(report.notes).toEqual([{ file: '.gitignore', reason: '1 pattern(s) with more than 2 "**" not honoured' }]);
  });

  it('a .gitignore is not applied past 100 directory levels (a crafted depth cannot make matching slow)', () => {
    const root = tempRoot();
    const deep = `${'d/'.repeat(101)}`;
    writeTree(root, { '.gitignore': '*.log\n', [`${deep}keys.log`]: `MAX_KEY=${key}\n` });
    const report = jsonScan(root);
    expect(report.keys.map((f) => f.file)).toEqual([`${deep}keys.log`]);
    const reason = 'deeper than 100 levels: .gitignore not applied below';
    expect(report.notes).toEqual([{ file: 'd/'.repeat(100).slice(0, -1), reason }]);
  });

  it.each([
    ['outside a work tree', false],
    ['in a git work tree (git ls-files)', true],
  ])('a file whose name is not UTF-8 is scanned %s, its name escaped in every format', (_, inGit) => {
    const root = tempRoot();
    // \xff.env and d\xfe/a.env: names Node would decode to U+FFFD, which opens nothing.
    const at = (...parts: Array<string | number>) =>
      Buffer.concat([
        Buffer.from(`${root}/`),
        ...parts.map((p) => (typeof p === 'number' ? Buffer.of(p) : Buffer.from(p))),
      ]);
    fs.writeFileSync(at(0xff, '.env'), `MAXAI_API_KEY=${key}\n`);
    fs.mkdirSync(at('d', 0xfe));
    fs.writeFileSync(at('d', 0xfe, '/a.env'), `MAXAI_API_KEY=${fakeKeys(1704).maxProd()}\n`);
    if (inGit) {
      execFileSync('git', ['init', '-q'], { cwd: root });
      execFileSync('git', ['add', '-A'], { cwd: root });
    }
    const report = jsonScan(root);
    // JSON holds each byte as U+DC80 + byte (written \udcff), which maps back to the name's bytes.
    expect(report.keys.map((f) => f.file).sort()).toEqual(['d\udcfe/a.env', '\udcff.env']);
    expect(report.notes).toEqual([]);
    if (inGit) return; // The formats, once: git's list changes how files are found, not how they are shown.
    const human = scanBounded(root, 'human');
    expect(human.stdout).toContain('\\xff.env:1:15');
    expect(human.stdout).toContain('d\\xfe/a.env:1:15');
    const uris = JSON.parse(scanBounded(root, 'sarif').stdout).runs[0].results.map(
      (r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
        r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toContain('%FF.env');
    expect(uris).toContain('d%FE/a.env');
    for (const format of ['github', 'junit', 'html']) expect(scanBounded(root, format).stdout).toContain('\\xff.env');
  });

  it('header variables bound to nothing, seventy of them, do not hide the key bound to the next one', () => {
    // Each variable a header is given is followed to its literal. Followed one pass each, they were capped at 64 a
    // block: 64 decoys before it left a real key unreported, exit 0. One pass now finds every name's literals.
    const root = tempRoot();
    const secret = 'nv8Kq2Lm5Xr7Tz1Wp4Ys9Bd3';
    let client = '';
    for (let i = 0; i < 70; i++) client += `fetch(u${i}, { headers: { 'x-api-key': token${i} } });\n`;
    client += `const clinicSecret = '${secret}';\n`;
    client += `fetch('https://feapi.novamed.care/api/external/patient', { headers: { 'x-api-key': clinicSecret } });\n`;
    writeTree(root, { 'client.js': client });
    const run = scanBounded(root);
    expect(run.code).toBe(1);
    const findings = (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
    expect(findings.filter((f) => f.ruleId === 'novamed-api-key').map((f) => f.file)).toEqual(['client.js']);
  });

  it('a megabyte line of b64decode does not stall the encoded views; the key on the next line is found', () => {
    // Each `b64` of the line starts a decode-call search; its unbounded name (`decode\w*`) ran to the line's end:
    // quadratic, 45 KB took 5 s and a megabyte hours. The name is bounded now.
    const root = tempRoot();
    writeTree(root, { 'dist/app.js': `${'b64decode'.repeat(110_000)}\n${bundle}` });
    const run = scanBounded(root, 'json', 60);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Finding[] };
    expect(report.findings.filter((f) => f.ruleId === 'maxai-prod-key').map((f) => f.file)).toEqual(['dist/app.js']);
  });
});

describe('allow markers are comments a reviewer reads, not decoded text', () => {
  const tempRoot = useTempDir('keylint-sec-markers-');
  const b64 = (text: string) => Buffer.from(text).toString('base64');

  it('base64 of keylint:allow or gitleaks:allow decoded beside a decoded key suppresses nothing', () => {
    const root = tempRoot();
    writeTree(root, {
      'a.js': `const k = atob('${b64(key)}'); const m = atob('${b64('keylint:allow')}');\n`,
      'b.py': `k = base64.b64decode('${b64(key)}'); m = base64.b64decode('${b64('gitleaks:allow')}')\n`,
      // The marker as a comment on the line still allows the decoded key.
      'c.js': `const k = atob('${b64(key)}'); // keylint:allow\n`,
    });
    expect(
      jsonScan(root)
        .keys.map((f) => f.file)
        .sort(),
    ).toEqual(['a.js', 'b.py']);
  });

  it("one marker in a minified bundle allows a decoded key beside it, not the line's decoded keys far from it", () => {
    const root = tempRoot();
    const code = 'var a=1;'.repeat(20_000);
    writeTree(root, {
      // Before: the whole line decided for keys only a decoded view shows, and a marker 160 KB away hid this one.
      'dist/far.min.js': `/*keylint:allow*/${code}var t=atob("${b64(key)}");${code}\n`,
      'dist/near.min.js': `${code}/*keylint:allow*/var t=atob("${b64(key)}");${code}\n`,
    });
    expect(jsonScan(root).keys.map((f) => f.file)).toEqual(['dist/far.min.js']);
  });
});

describe('NULs do not make text binary', () => {
  const tempRoot = useTempDir('keylint-sec-nul-');

  it('a NUL in front of a .env, NUL padding before a key, a NUL in a staged change: each key is found', () => {
    // git takes a file with a NUL in its first 8,000 bytes for binary, and so did keylint: one NUL hid a file's keys
    // from scan, staged, diff, git and the Action. Text beside its NULs is text now; a real binary is still skipped.
    const root = tempRoot();
    const keys = fakeKeys(1710);
    const padded = fakeKeys(1711).maxProd();
    writeTree(root, {
      'a.env': `\0MAXAI_API_KEY=${key}\n`,
      'b.env': Buffer.concat([Buffer.alloc(100_000), Buffer.from(`\nMAXAI_API_KEY=${padded}\n`)]),
      'logo.png': Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\x01\x02'), Buffer.from(keys.maxProd())]),
    });
    const report = jsonScan(root);
    expect(report.keys.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['a.env:1', 'b.env:2']);
    expect(report.notes).toEqual([{ file: 'logo.png', reason: 'binary file skipped' }]);

    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', 'a.env'], { cwd: root });
    const staged = spawnSync(process.execPath, [BIN, 'staged', '-f', 'json'], { cwd: root, encoding: 'utf8' });
    expect(staged.status).toBe(1);
    expect((JSON.parse(staged.stdout) as { findings: Finding[] }).findings.map((f) => f.file)).toContain('a.env');
  });
});

describe('a submodule checked out in the work tree', () => {
  const tempRoot = useTempDir('keylint-sec-submodule-');

  it('is scanned as git lists its files: a key there is found, its ignored files are not', () => {
    // git's list of the outer repository names the submodule as one entry, a folder: keylint scan skipped it,
    // without a note, and a key committed there passed the Action's full mode.
    const root = tempRoot();
    const git = (cwd: string, ...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=t', '-c', 'user.email=t@example.test', '-c', 'protocol.file.allow=always', ...args],
        { cwd, stdio: 'ignore' },
      );
    const sub = path.join(root, 'sub');
    writeTree(sub, { 'k.env': `MAXAI_API_KEY=${key}\n`, '.gitignore': 'local/\n' });
    git(sub, 'init', '-q');
    git(sub, 'add', '-A');
    git(sub, 'commit', '-qm', 'sub');
    const outer = path.join(root, 'outer');
    fs.mkdirSync(outer);
    git(outer, 'init', '-q');
    git(outer, 'submodule', 'add', '-q', sub, 'vendor/sub');
    git(outer, 'commit', '-qm', 'outer');
    writeTree(outer, { 'vendor/sub/local/x.env': `MAXAI_API_KEY=${fakeKeys(1712).maxProd()}\n` });
    const report = jsonScan(outer);
    expect(report.keys.map((f) => f.file)).toEqual(['vendor/sub/k.env']);
  });
});

describe('a submodule not checked out', () => {
  const tempRoot = useTempDir('keylint-sec-gitlink-');

  it.each([['.'], ['vendor/lib']])('scanning %s ends, the key beside the empty folder found', (target) => {
    // Its folder is empty and has no .git: git there answers for the outer repository and lists the folder itself
    // (`./`), which keylint took for a submodule to list again, for ever (apache/apisix's t/toolkit hung the scan).
    const root = tempRoot();
    writeTree(root, { 'config/prod.env': `MAXAI_API_KEY=${key}\n` });
    fs.mkdirSync(path.join(root, 'vendor', 'lib'), { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', '-A'], { cwd: root });
    const commit = '94f471d3a9045667bc1f1784a21f89315cd64f7e';
    execFileSync('git', ['update-index', '--add', '--cacheinfo', `160000,${commit},vendor/lib`], { cwd: root });
    const run = scanBounded(path.join(root, target));
    expect(run.stderr).toBe('');
    const files = (JSON.parse(run.stdout) as { findings: Finding[] }).findings.map((f) => f.file);
    expect(files).toEqual(target === '.' ? ['config/prod.env'] : []);
  });
});

describe('a .gitignore cannot hide tracked files', () => {
  const tempRoot = useTempDir('keylint-sec-ignore-all-');

  it.each([['*'], ['*\n!*/\n!*.js\n']])(
    'a top-level .gitignore of %j: every tracked file is still scanned',
    (ignore) => {
      // git check-ignore says `*` matches `.` at the top level: keylint took the whole work tree for ignored, walked it
      // honouring that `*`, and scanned nothing (a pull request adding the line passed the Action's full mode).
      const root = tempRoot();
      writeTree(root, { 'config/prod.env': `MAXAI_API_KEY=${key}\n`, 'src/app.js': 'export {};\n' });
      execFileSync('git', ['init', '-q'], { cwd: root });
      execFileSync('git', ['add', '-A'], { cwd: root });
      fs.writeFileSync(path.join(root, '.gitignore'), ignore);
      const report = jsonScan(root);
      expect(report.keys.map((f) => f.file)).toEqual(['config/prod.env']);
    },
  );
});

describe('header variables by the tens of thousands', () => {
  const tempRoot = useTempDir('keylint-sec-names-');

  it.each([
    [
      '70,000 distinct names on one line',
      () => `${Array.from({ length: 70_000 }, (_, i) => `x-api-key: v${i} `).join('')}\n`,
    ],
    ['200,000 uses of one name in a minified bundle', () => `${'{headers:{"x-api-key":e}},'.repeat(200_000)}\n`],
  ])('%s: scanned in seconds, the key beside them found', (_, text) => {
    // The lines holding each name were looked for from the block's start, once per name asked: a megabyte of them
    // took a minute, five megabytes many. The bound is generous: linear work takes seconds even on a loaded machine.
    const root = tempRoot();
    writeTree(root, { 'dist/app.js': `${text()}${bundle}` });
    const started = Date.now();
    const report = jsonScan(root);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(report.keys.map((f) => f.file)).toEqual(['dist/app.js']);
  });
});

describe('an archive is what it holds, not what it is called', () => {
  const tempRoot = useTempDir('keylint-sec-archive-kind-');

  it('a file named as an archive that is not one is scanned as the file it is, in a scan and in a change', () => {
    // Each was only a note ("archive partly read"), its key unreported, exit 0: `cat deploy.env.gz` shows the key.
    const root = tempRoot();
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', 'base'], {
      cwd: root,
    });
    const names = ['deploy.env.gz', 'keys.zip', 'backup.tar', 'secrets.tgz', 'app.asar'];
    writeTree(root, Object.fromEntries(names.map((name) => [name, `MAXAI_API_KEY=${key}\n`])));
    expect(jsonScan(root).keys.map((f) => f.file)).toEqual([...names].sort());
    execFileSync('git', ['add', '-A'], { cwd: root });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'head'], { cwd: root });
    const diff = spawnSync(process.execPath, [BIN, 'diff', 'HEAD~1..HEAD', '-f', 'json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(diff.status, diff.stderr).toBe(1);
    const files = (JSON.parse(diff.stdout) as { findings: Finding[] }).findings.map((f) => f.file);
    expect(files.sort()).toEqual([...names].sort());
  });

  it('a nested archive whose long name is cut for display is still opened', async () => {
    // Names are cut to 300 characters for reports; the cut name lost `.zip`, and the inner zip was "binary file skipped".
    const root = tempRoot();
    const inner = zipOf([{ name: 'app/.env', content: `MAXAI_API_KEY=${key}\n` }]);
    writeTree(root, { 'release.zip': zipOf([{ name: `${'a'.repeat(310)}/inner.zip`, content: inner }]) });
    const report = jsonScan(root);
    expect(report.keys).toHaveLength(1);
    expect(report.keys[0]!.file).toMatch(/^release\.zip!a{300}…!app\/\.env$/);
    expect(report.notes).toEqual([]);
  });

  it('a tar entry of a type tar-stream does not know is read as a file, as GNU tar extracts it', async () => {
    // Typeflags outside POSIX's list (`A`, GNU's sparse `S`) are regular files to tar; here they were skipped unnoted.
    const root = tempRoot();
    const tarball = Buffer.from(await tarOf([{ name: 'config/.env', content: `MAXAI_API_KEY=${key}\n` }]));
    tarball[156] = 'S'.charCodeAt(0);
    tarball.fill(' ', 148, 156);
    const sum = tarball.subarray(0, 512).reduce((a, b) => a + b, 0);
    tarball.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    writeTree(root, { 'backup.tar': tarball });
    expect(jsonScan(root).keys.map((f) => f.file)).toEqual(['backup.tar!config/.env']);
  });
});

describe('files git re-encodes on checkout', () => {
  const tempRoot = useTempDir('keylint-sec-reencoded-');
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, stdio: 'pipe' });

  it('are read as committed: a key kept in UTF-8 in git and checked out as UTF-32 or EBCDIC is found', () => {
    // `working-tree-encoding` makes git write every clone's copy in that encoding; the blob (what GitHub and
    // `git log -p` show) holds the key as it is. The clone's scan found nothing and said nothing, exit 0.
    const origin = tempRoot();
    execFileSync('git', ['init', '-q'], { cwd: origin });
    writeTree(origin, {
      '.gitattributes': '*.env working-tree-encoding=UTF-32\nconfig/*.cfg working-tree-encoding=IBM037\n',
    });
    git(origin, 'add', '.gitattributes');
    const line = `MAXAI_API_KEY=${key}\n`;
    fs.mkdirSync(path.join(origin, 'config'));
    fs.writeFileSync(path.join(origin, 'app.env'), utf32(line));
    fs.writeFileSync(path.join(origin, 'config/app.cfg'), ebcdic(line));
    fs.writeFileSync(path.join(origin, 'README.md'), 'clinic\n');
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', 'config');
    expect(git(origin, 'cat-file', '-p', 'HEAD:app.env').toString()).toBe(line);
    expect(git(origin, 'cat-file', '-p', 'HEAD:config/app.cfg').toString()).toBe(line);
    const clone = path.join(tempRoot(), 'clone');
    git(origin, 'clone', '-q', origin, clone);
    expect(fs.readFileSync(path.join(clone, 'config/app.cfg')).includes(key)).toBe(false);
    expect(jsonScan(clone).keys.map((f) => `${f.file}:${(f as Finding & { line: number }).line}`)).toEqual([
      'app.env:1',
      'config/app.cfg:1',
    ]);
    // Scanned from below the .gitattributes that names the encoding, too.
    const below = spawnSync(process.execPath, [BIN, 'scan', '.', '-f', 'json'], {
      cwd: path.join(clone, 'config'),
      encoding: 'utf8',
    });
    expect(below.status, below.stderr).toBe(1);
    expect((JSON.parse(below.stdout) as { findings: Finding[] }).findings.map((f) => f.file)).toContain('app.cfg');
  });
});

describe('UTF-32 text', () => {
  const tempRoot = useTempDir('keylint-sec-utf32-');

  it('is decoded, with a byte-order mark or without, in a scan and in history', () => {
    // It was read as UTF-16 (the little-endian mark opens both) or byte by byte: characters apart, no finding, no note.
    const root = tempRoot();
    const line = `MAXAI_API_KEY=${key}\n`;
    const big = utf32(line).subarray(4);
    for (let at = 0; at < big.length; at += 4) big.writeUInt32BE(big.readUInt32LE(at), at);
    writeTree(root, { 'exports/settings.env': utf32(line), 'exports/dump.txt': big });
    expect(jsonScan(root).keys.map((f) => f.file)).toEqual(['exports/dump.txt', 'exports/settings.env']);
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', '-A'], { cwd: root });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'exports'], { cwd: root });
    const history = spawnSync(process.execPath, [BIN, 'git', '.', '-f', 'json'], { cwd: root, encoding: 'utf8' });
    expect(history.status, history.stderr).toBe(1);
    const files = (JSON.parse(history.stdout) as { findings: Finding[] }).findings.map((f) => f.file);
    expect(files.length).toBeGreaterThan(0);
  });
});

/** Text in EBCDIC (IBM037), for the characters of a key line: what git's iconv writes for `working-tree-encoding`. */
function ebcdic(text: string): Buffer {
  const runs: Array<[string, number]> = [
    ['abcdefghi', 0x81],
    ['jklmnopqr', 0x91],
    ['stuvwxyz', 0xa2],
    ['ABCDEFGHI', 0xc1],
    ['JKLMNOPQR', 0xd1],
    ['STUVWXYZ', 0xe2],
    ['0123456789', 0xf0],
    ['=', 0x7e],
    ['_', 0x6d],
    ['\n', 0x25],
  ];
  return Buffer.from(
    [...text].map((c) => {
      const [run, first] = runs.find(([chars]) => chars.includes(c))!;
      return first + run.indexOf(c);
    }),
  );
}

/** Text in UTF-32, little-endian, after its byte-order mark. */
function utf32(text: string): Buffer {
  const points = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
  const out = Buffer.alloc(points.length * 4);
  points.forEach((point, i) => out.writeUInt32LE(point, i * 4));
  return out;
}
