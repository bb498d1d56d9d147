// Boundary: config, rule and baseline files are data a repository may choose. They are read only when they
// are regular files, up to a size cap, and an error about one never quotes what it holds.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';

const BIN = path.resolve(import.meta.dirname, '..', '..', 'bin', 'keylint.js');
const root = useTempDir('keylint-config-files-');

/** Runs the CLI, killed after `ms`: today's reader of /dev/zero or a FIFO never ends on its own. */
function runBounded(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' },
  ms = 10_000,
) {
  return new Promise<{ code: number | null; stderr: string; killed: boolean }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let killed = false;
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, ms);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, killed });
    });
  });
}

const config = (dir: string, value: unknown) =>
  writeTree(dir, { '.keylint.json': JSON.stringify(value), 'a.txt': 'hello\n' });

describe('only regular files of bounded size are read', () => {
  it('ruleFiles: ["/dev/zero"] is refused at once', async () => {
    const dir = root();
    config(dir, { ruleFiles: ['/dev/zero'] });
    const run = await runBounded(['scan', 'a.txt'], dir);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^keylint: \/dev\/zero: cannot read: not a regular file[^\n]*\n$/);
  });

  it('a FIFO as .keylint.json is refused, not waited on', async () => {
    const dir = root();
    writeTree(dir, { 'a.txt': 'hello\n' });
    spawnSync('mkfifo', [path.join(dir, '.keylint.json')]);
    const run = await runBounded(['scan', 'a.txt'], dir);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.keylint.json: cannot read: not a regular file');
  });

  it('a baseline that is /dev/zero is refused at once', async () => {
    const dir = root();
    writeTree(dir, { 'a.txt': 'hello\n' });
    const run = await runBounded(['scan', 'a.txt', '--baseline', '/dev/zero'], dir);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^keylint: \/dev\/zero: cannot read: not a regular file[^\n]*\n$/);
  });

  it('a config past the size cap is refused', async () => {
    const dir = root();
    writeTree(dir, { '.keylint.json': `{"disable": []${' '.repeat(5 * 1024 * 1024)}}`, 'a.txt': 'hello\n' });
    const run = await runBounded(['scan', 'a.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.keylint\.json: cannot read: larger than 4 MB[^\n]*\n$/);
  });
});

describe('errors never quote the file', () => {
  it('ruleFiles: ["/proc/self/environ"] names the file and a position, not the environment', async () => {
    const dir = root();
    config(dir, { ruleFiles: ['/proc/self/environ'] });
    const mark = 'zq' + 'secretvalue' + 'zq';
    // First in the environment: the text an error quoting the file's start would show.
    const env = { KEYLINT_TEST_MARK: mark, PATH: process.env.PATH, NO_COLOR: '1' };
    const run = await runBounded(['scan', 'a.txt'], dir, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^keylint: \/proc\/self\/environ: invalid JSON/);
    expect(run.stderr).not.toContain('KEYLINT');
    expect(run.stderr).not.toContain(mark.slice(0, 6));
  });

  it('a config with a syntax error says where, not what', async () => {
    const dir = root();
    writeTree(dir, { '.keylint.json': '{\n  "disable": [tok3n_value]\n}\n', 'a.txt': 'hello\n' });
    const run = await runBounded(['scan', 'a.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.keylint\.json: invalid JSON( at line \d+, column \d+)?\n$/);
    expect(run.stderr).not.toContain('tok3n');
  });
});

describe('a folder above the scan that another user owns', () => {
  // Changing a file's owner needs root (CI and this project's runners); elsewhere there is no other user to be.
  it.runIf(process.getuid?.() === 0)("does not lend the scan its config: a stranger's /tmp/.keylint.json", async () => {
    const shared = root();
    // What anyone can write into a shared folder such as /tmp: a `.git` that makes it look like a repository, and a
    // config allowing everything. Before, every scan run from a folder below it allowed every key, exit 0.
    writeTree(shared, { '.git/HEAD': 'ref: refs/heads/main\n', '.keylint.json': '{"allow":{"paths":["**"]}}' });
    fs.chownSync(path.join(shared, '.keylint.json'), 54321, 54321);
    const build = path.join(shared, 'victim', 'build');
    writeTree(build, { 'app.env': `MAXAI_API_KEY=${fakeKeys(77).maxProd()}\n` });
    const run = spawnSync(process.execPath, [BIN, 'scan', '.', '--format', 'json'], { cwd: build, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['maxai-prod-key']);
    // The same config owned by the user running keylint is the user's project config, as before.
    fs.chownSync(path.join(shared, '.keylint.json'), process.getuid!(), process.getgid!());
    const own = spawnSync(process.execPath, [BIN, 'scan', '.', '--format', 'json'], { cwd: build, encoding: 'utf8' });
    expect(own.status).toBe(0);
  });
});
