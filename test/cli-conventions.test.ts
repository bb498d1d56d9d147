// The conventions users expect of a command-line tool: typos, versions, help and colour.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useTempDir, writeTree } from './helpers/cli.js';
import { fakeKeys } from './helpers/fake.js';

const dir = useTempDir('keylint-cli-');
const ROOT = path.resolve(import.meta.dirname, '..');
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const keys = fakeKeys(1904);

describe('command-line conventions', () => {
  it('a path that does not exist is exit 2 with one line, not a clean scan', () => {
    const run = runCli(['scan', './typo', '.'], dir());
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'keylint: ./typo: no such file or directory\n' });
  });

  it("--version is keylint's own, also inside a project with a package.json of its own", () => {
    writeTree(dir(), { 'package.json': '{"name": "host-app", "version": "9.9.9"}\n' });
    expect(runCli(['--version'], dir())).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('-h prints the help, and a mistyped command or option gets a suggestion in one line', () => {
    const help = runCli(['-h'], dir());
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^keylint <command> \[options\]/);
    expect(help.stdout).toContain('keylint staged');
    const typo = runCli(['stagd'], dir());
    expect(typo).toEqual({ code: 2, stdout: '', stderr: 'keylint: unknown command "stagd"; did you mean staged?\n' });
    // A mistyped option of the command too, in the same words; nothing near, yargs' own message.
    const option = (args: string[]) => runCli(args, dir()).stderr;
    expect(option(['scan', '--formt', 'json'])).toBe('keylint: unknown option --formt; did you mean --format?\n');
    expect(option(['staged', '--fial-on=high'])).toBe('keylint: unknown option --fial-on; did you mean --fail-on?\n');
    expect(option(['scan', '--colr'])).toBe('keylint: unknown option --colr; did you mean --color?\n');
    expect(option(['scan', '--xyz'])).toBe('keylint: Unknown argument: xyz\n');
    expect(option(['staged', 'formt'])).toBe('keylint: Unknown argument: formt\n');
  });

  it('colours human output with FORCE_COLOR or --color, not with NO_COLOR or --no-color; the flag wins', () => {
    writeTree(dir(), { '.env.development': `MAXAI_API_KEY=${keys.maxProd()}\n` });
    const ESC = '\u001b[';
    const scan = (args: string[], env: Record<string, string>) =>
      runCli(['scan', '.', '-f', 'human', ...args], dir(), env).stdout;
    expect(scan([], { NO_COLOR: '', FORCE_COLOR: '1' })).toContain(ESC);
    expect(scan(['--color'], { NO_COLOR: '', FORCE_COLOR: '' })).toContain(ESC);
    expect(scan(['--no-color'], { NO_COLOR: '', FORCE_COLOR: '1' })).not.toContain(ESC);
    expect(scan([], { NO_COLOR: '1', FORCE_COLOR: '' })).not.toContain(ESC);
    expect(scan([], { NO_COLOR: '', FORCE_COLOR: '', CI: '' })).not.toContain(ESC);
    // FORCE_COLOR=0 is Node's and chalk's "no colour", in CI too (picocolors alone would force it on).
    expect(scan([], { NO_COLOR: '', FORCE_COLOR: '0', CI: 'true' })).not.toContain(ESC);
    expect(scan([], { NO_COLOR: '', FORCE_COLOR: 'false' })).not.toContain(ESC);
    // no-color.org: a flag given on the command line overrides the variable.
    expect(scan(['--color'], { NO_COLOR: '1', FORCE_COLOR: '' })).toContain(ESC);
    expect(scan(['--color'], { NO_COLOR: '', FORCE_COLOR: '0' })).toContain(ESC);
    expect(scan(['-o', 'out.txt', '--color'], { NO_COLOR: '', FORCE_COLOR: '1' })).toBe('');
    expect(fs.readFileSync(path.join(dir(), 'out.txt'), 'utf8')).not.toContain(ESC);
  });

  it('keylint report renders a saved report in colour by the same rules', () => {
    writeTree(dir(), { '.env.development': `MAXAI_API_KEY=${keys.maxProd()}\n` });
    expect(runCli(['scan', '.', '-f', 'json', '-o', 'report.json'], dir()).code).toBe(1);
    const ESC = '\u001b[';
    const render = (args: string[], env: Record<string, string>) =>
      runCli(['report', 'report.json', '-f', 'human', ...args], dir(), env).stdout;
    expect(render([], {})).toMatch(/^\.env\.development:1:15\n/);
    expect(render(['--color'], {})).toContain(ESC);
    expect(render([], { NO_COLOR: '', FORCE_COLOR: '1' })).toContain(ESC);
    expect(render(['--no-color'], { NO_COLOR: '', FORCE_COLOR: '1' })).not.toContain(ESC);
  });

  it("prints what the README's sample shows, line for line (its long lines cut at …)", () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const sample = /```text\n\$ npx keylint scan \.\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    writeTree(dir(), { '.env.development': `# local\nAPP_ENV=development\nMAXAI_API_KEY=${keys.maxProd()}\n` });
    const run = runCli(['scan', '.'], dir());
    expect(run.code).toBe(1);
    const normal = (text: string) =>
      text
        .replace(/max_prd_ak_[\w-]{2}…[\w-]{2}/g, 'KEY')
        .replace(/\d+(\.\d+)? (B|KB|MB|s)\b/g, 'N $2')
        .split('\n');
    const [want, got] = [normal(sample), normal(run.stdout)];
    expect(got).toHaveLength(want.length);
    for (const [i, line] of want.entries()) {
      if (line.endsWith(' …')) expect(got[i]!.startsWith(line.slice(0, -1)), got[i]).toBe(true);
      else expect(got[i]).toBe(line);
    }
  });

  it('prints the human format by default, in a pipe too; -f json for tools', () => {
    writeTree(dir(), { '.env.development': `MAXAI_API_KEY=${keys.maxProd()}\n` });
    const human = runCli(['scan', '.'], dir());
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/^\.env\.development:1:15\n {2}critical maxai-prod-key /);
    expect(JSON.parse(runCli(['scan', '.', '-f', 'json'], dir()).stdout).version).toBe(1);
  });

  it('finds the config from a subdirectory, up to the repository root and no further, as --help says', () => {
    expect(runCli(['scan', '--help'], dir()).stdout.replace(/\s+/g, ' ')).toContain(
      'the nearest .keylint.json or keylint.config.json from the working directory up to the repository root',
    );
    const root = path.join(dir(), 'repo');
    writeTree(dir(), { '.keylint.json': '{"disable": ["no-such-rule"]}\n' });
    writeTree(root, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.keylint.json': '{"allow": {"paths": ["fixtures/**"]}}\n',
    });
    writeTree(root, {
      'fixtures/.env.development': `MAXAI_API_KEY=${keys.maxProd()}\n`,
      'src/deep/a.ts': 'export {};\n',
    });
    expect(runCli(['scan', '../..'], path.join(root, 'src', 'deep'))).toMatchObject({ code: 0 });
    expect(runCli(['scan', '.'], root)).toMatchObject({ code: 0 });
    // Outside any repository only the working directory's own config counts.
    writeTree(dir(), { 'plain/x.ts': 'export {};\n' });
    expect(runCli(['scan', '.'], path.join(dir(), 'plain')).code).toBe(0);
  });

  it('skips dependency folders with a note, in small and in worker-walked trees; --no-ignore scans them', () => {
    const files: Record<string, string> = { 'node_modules/sdk/.env': `MAXAI_API_KEY=${keys.maxProd()}\n` };
    for (let i = 0; i < 80; i++) files[`src/m${i}.ts`] = `export const n${i} = ${i};\n`;
    files['packages/app/node_modules/x/config.env'] = `MAXAI_API_KEY=${keys.maxProd()}\n`;
    writeTree(dir(), files);
    const skipped = runCli(['scan', '.', '-f', 'json'], dir());
    expect(skipped.code).toBe(0);
    const notes = (JSON.parse(skipped.stdout) as { notes: Array<{ file: string; reason: string }> }).notes;
    expect(notes.map((n) => n.file).sort()).toEqual(['node_modules', 'packages/app/node_modules']);
    expect(notes[0]!.reason).toBe('dependency folder not scanned (--no-ignore scans it)');
    const all = JSON.parse(runCli(['scan', '.', '-f', 'json', '--no-ignore'], dir()).stdout) as {
      findings: Array<{ file: string }>;
    };
    expect(new Set(all.findings.map((f) => f.file))).toEqual(
      new Set(['node_modules/sdk/.env', 'packages/app/node_modules/x/config.env']),
    );
  });

  it('skips dependency folders inside a git work tree too, where no .gitignore lists them', () => {
    // A fresh project: git init, npm install, no .gitignore yet. git lists node_modules as untracked files.
    const root = dir();
    writeTree(root, {
      'src/app.ts': 'export const apiKey = process.env.MAXAI_API_KEY;\n',
      'node_modules/keylint/rules/example.env': `MAXAI_API_KEY=${keys.maxProd()}\n`,
      'packages/web/node_modules/sdk/node_modules/inner/.env': `MAXAI_API_KEY=${keys.maxDev()}\n`,
      'packages/web/node_modules_notes.md': 'not a dependency folder\n',
      '.env.development': `MAXAI_API_KEY=${keys.maxProd()}\n`,
    });
    spawnSync('git', ['init', '-q'], { cwd: root });
    const run = runCli(['scan', '.', '-f', 'json'], root);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      findings: Array<{ file: string }>;
      notes: Array<{ file: string; reason: string }>;
    };
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set(['.env.development']));
    expect(report.notes).toEqual([
      { file: 'node_modules', reason: 'dependency folder not scanned (--no-ignore scans it)' },
      { file: 'packages/web/node_modules', reason: 'dependency folder not scanned (--no-ignore scans it)' },
    ]);
    const all = JSON.parse(runCli(['scan', '.', '-f', 'json', '--no-ignore'], root).stdout) as {
      findings: Array<{ file: string }>;
    };
    expect(new Set(all.findings.map((f) => f.file))).toEqual(
      new Set([
        '.env.development',
        'node_modules/keylint/rules/example.env',
        'packages/web/node_modules/sdk/node_modules/inner/.env',
      ]),
    );
  });

  it('gives sarif and github paths from the repository root (or --root), json paths from the folder scanned', () => {
    const repo = path.join(dir(), 'repo');
    writeTree(repo, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      'web/src/.env.development': `MAXAI_API_KEY=${keys.maxProd()}\n`,
    });
    const cwd = path.join(repo, 'web');
    const sarif = JSON.parse(runCli(['scan', 'src', '-f', 'sarif'], cwd).stdout);
    const results = sarif.runs[0].results as Array<{
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
    }>;
    const uris = results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(new Set(uris)).toEqual(new Set(['web/src/.env.development']));
    expect(runCli(['scan', 'src', '-f', 'github'], cwd).stdout).toContain(
      '::error file=web/src/.env.development,line=1,',
    );
    expect(runCli(['scan', 'src', '-f', 'github', '--root', '.'], cwd).stdout).toContain(
      '::error file=src/.env.development,line=1,',
    );
    const json = JSON.parse(runCli(['scan', 'src', '-f', 'json'], cwd).stdout) as { findings: Array<{ file: string }> };
    expect(json.findings[0]!.file).toBe('.env.development');
    // A mistyped --root is a usage error, not paths that code scanning cannot place.
    expect(runCli(['scan', 'src', '-f', 'sarif', '--root', 'no-such-dir'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'keylint: --root no-such-dir: no such directory\n',
    });
  });
});
