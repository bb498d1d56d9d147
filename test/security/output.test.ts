// Boundary: writing a report or a baseline cannot overwrite another file. The scanned repository can plant
// symbolic links at the output's name and at temp names beside it; devices and FIFOs are written into, never
// replaced (as root, in a CI container, replacing /dev/null would break every later program).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';

const BIN = path.resolve(import.meta.dirname, '..', '..', 'bin', 'keylint.js');
const keys = fakeKeys(1703);
const root = useTempDir('keylint-output-');
const VICTIM_TEXT = 'export PATH=/usr/bin\n';

/**
 * Runs the CLI and, the moment it has a process id, plants links to `victim` at every temp name a writer
 * keyed on that id could use; resolves with the exit code once it ends.
 */
function runWithPlantedTemps(args: string[], cwd: string, names: string[], victim: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: 'ignore',
    });
    for (const name of names) fs.symlinkSync(victim, path.join(cwd, `.${name}.${child.pid}.tmp`));
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? -1));
  });
}

/** A tree with one key, and a victim file outside it that must stay as it is. */
function setup(): { dir: string; victim: string } {
  const dir = path.join(root(), 'repo');
  writeTree(dir, { 'src/client.ts': `export const key = '${keys.maxProd()}';\n` });
  const victim = path.join(root(), 'bashrc');
  fs.writeFileSync(victim, VICTIM_TEXT);
  return { dir, victim };
}

describe('links planted at temp names are never written through', () => {
  it('scan --output', async () => {
    const { dir, victim } = setup();
    const code = await runWithPlantedTemps(
      ['scan', 'src', '--format', 'json', '--output', 'report.json'],
      dir,
      ['report.json'],
      victim,
    );
    expect(code).toBe(1);
    expect(fs.readFileSync(victim, 'utf8')).toBe(VICTIM_TEXT);
    expect(fs.lstatSync(path.join(dir, 'report.json')).isFile()).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).findings.length).toBeGreaterThan(0);
  });

  it('baseline', async () => {
    const { dir, victim } = setup();
    const code = await runWithPlantedTemps(['baseline', 'src'], dir, ['.keylint-baseline.json'], victim);
    expect(code).toBe(0);
    expect(fs.readFileSync(victim, 'utf8')).toBe(VICTIM_TEXT);
    expect(
      JSON.parse(fs.readFileSync(path.join(dir, '.keylint-baseline.json'), 'utf8')).entries.length,
    ).toBeGreaterThan(0);
  });
});

describe('the output name itself', () => {
  const run = (args: string[], cwd: string) =>
    spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('a link at the output name is replaced, not followed into a regular file', () => {
    const { dir, victim } = setup();
    fs.symlinkSync(victim, path.join(dir, 'report.json'));
    expect(run(['scan', 'src', '-f', 'json', '-o', 'report.json'], dir).status).toBe(1);
    expect(fs.readFileSync(victim, 'utf8')).toBe(VICTIM_TEXT);
    expect(fs.lstatSync(path.join(dir, 'report.json')).isFile()).toBe(true);
  });

  it('a FIFO is written into and stays a FIFO', async () => {
    const { dir } = setup();
    const fifo = path.join(dir, 'report.fifo');
    spawnSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
    let read = '';
    reader.stdout.setEncoding('utf8').on('data', (d: string) => (read += d));
    const done = new Promise((resolve) => reader.on('close', resolve));
    try {
      expect(run(['scan', 'src', '-f', 'json', '-o', fifo], dir).status).toBe(1);
      expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
      await done;
      expect(JSON.parse(read).findings.length).toBeGreaterThan(0);
    } finally {
      reader.kill();
    }
  });

  // As root (CI containers) the old writer replaced device nodes with regular files: /dev/null itself.
  const device = () => {
    const node = path.join(root(), 'null');
    return spawnSync('mknod', [node, 'c', '1', '3']).status === 0 ? node : undefined;
  };
  it('a character device (a copy of /dev/null) is written into and stays a device', (context) => {
    const { dir } = setup();
    const node = device();
    if (!node) return context.skip();
    expect(run(['scan', 'src', '-f', 'json', '-o', node], dir).status).toBe(1);
    expect(fs.lstatSync(node).isCharacterDevice()).toBe(true);
  });

  it('a link the repository holds to a device is replaced, not written into; /dev/fd/1 is our own stdout', () => {
    // A committed `report.json -> /dev/sda`, written into as root, would overwrite a disk.
    const { dir } = setup();
    fs.symlinkSync('/dev/null', path.join(dir, 'out.json'));
    expect(run(['scan', 'src', '-f', 'json', '-o', 'out.json'], dir).status).toBe(1);
    expect(fs.lstatSync(path.join(dir, 'out.json')).isFile()).toBe(true);
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
    const toStdout = run(['scan', 'src', '-f', 'json', '-o', '/dev/fd/1'], dir);
    expect(toStdout.status).toBe(1);
    expect(JSON.parse(toStdout.stdout).findings.length).toBeGreaterThan(0);
  });
});

describe('a folder on the way to the output', () => {
  const run = (args: string[], cwd: string) =>
    spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  /** A git work tree committing `reports -> outside`, a folder outside it. */
  function linkedReports(): { dir: string; outside: string } {
    const { dir } = setup();
    const outside = path.join(root(), 'outside');
    fs.mkdirSync(outside);
    fs.symlinkSync(outside, path.join(dir, 'reports'));
    spawnSync('git', ['init', '-q'], { cwd: dir });
    return { dir, outside };
  }

  it.each([
    ['relative', 'reports/x.json'],
    ['absolute', 'ABSOLUTE/reports/x.json'],
  ])('a link the repository holds, leading out of it, is not written through (%s path)', (_, name) => {
    // As the Action would give it: $GITHUB_WORKSPACE/reports/x.json is as much the repository's as reports/x.json.
    const { dir, outside } = linkedReports();
    const output = name.replace('ABSOLUTE', dir);
    const result = run(['scan', 'src', '-f', 'json', '-o', output], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `keylint: cannot write ${output}: reports is a symbolic link in the repository to ${outside}; name the real folder\n`,
    );
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it('from a subfolder of the repository, ../reports is refused too', () => {
    const { dir, outside } = linkedReports();
    const result = run(['scan', '.', '-f', 'json', '-o', '../reports/x.json'], path.join(dir, 'src'));
    expect(result.status).toBe(2);
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it('a link leading to a folder inside the repository, and a path outside it named by the user, are written', () => {
    const { dir, outside } = linkedReports();
    fs.mkdirSync(path.join(dir, 'build'));
    fs.symlinkSync(path.join(dir, 'build'), path.join(dir, 'out'));
    expect(run(['scan', 'src', '-f', 'json', '-o', 'out/x.json'], dir).status).toBe(1);
    expect(fs.readdirSync(path.join(dir, 'build'))).toEqual(['x.json']);
    expect(run(['scan', 'src', '-f', 'json', '-o', path.join(outside, 'y.json')], dir).status).toBe(1);
    expect(fs.readdirSync(outside)).toEqual(['y.json']);
  });
});

describe('install-hook edits only the repository’s own hook configuration', () => {
  const run = (args: string[], cwd: string) =>
    spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it.each([
    ['.husky/pre-commit is a link', { '.husky': 'dir', '.husky/pre-commit': 'VICTIM' }],
    ['.husky is a link to a folder', { '.husky': 'OUTSIDE' }],
    ['lefthook.yml is a link', { 'lefthook.yml': 'VICTIM' }],
  ])('%s: refused with one line, nothing written outside', (_, layout: Record<string, string>) => {
    // A cloned repository chooses these names; `keylint install-hook` appended its command to whatever they led to.
    const { dir, victim } = setup();
    spawnSync('git', ['init', '-q'], { cwd: dir });
    const outside = path.join(path.dirname(dir), 'outside');
    fs.mkdirSync(outside);
    for (const [name, target] of Object.entries(layout)) {
      if (target === 'dir') fs.mkdirSync(path.join(dir, name));
      else fs.symlinkSync(target === 'VICTIM' ? victim : outside, path.join(dir, name));
    }
    const result = run(['install-hook'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^keylint: .* is a symbolic link; keylint does not edit a hook configuration/);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(fs.readFileSync(victim, 'utf8')).toBe(VICTIM_TEXT);
    expect(fs.readdirSync(outside)).toEqual([]);
  });
});
