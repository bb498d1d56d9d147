// Every scanning command (scan, git, staged, diff) takes the same flags and runs the same filter chain:
// the baseline, the config, the severity threshold, revealed secrets and every output format.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake.js';
import { runCli, useRepos } from '../helpers/git.js';

const key = fakeKeys(1801).maxDev();
const repos = useRepos({ initial: true });
const outsideDirs: string[] = [];
afterEach(() => {
  for (const dir of outsideDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A repository where each command finds the same key: committed in app.env, staged again in staged.env. */
function setup() {
  const r = repos();
  const base = r.git('rev-parse', 'HEAD');
  r.commit({ 'app.env': `MAXAI_API_KEY=${key}\n` });
  r.write('staged.env', `MAXAI_API_KEY=${key}\n`);
  r.git('add', 'staged.env');
  // Outside the repository: neither scanned nor staged, and read from disk by every command (diff reads a
  // baseline inside the repository as the base commit has it).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-outside-'));
  outsideDirs.push(dir);
  const outside = (name: string) => path.join(dir, name);
  const commands: Record<string, string[]> = {
    scan: ['scan', '.'],
    git: ['git', '.'],
    staged: ['staged'],
    diff: ['diff', `${base}..HEAD`],
  };
  return { r, outside, commands };
}

const COMMANDS = ['scan', 'git', 'staged', 'diff'];

describe.each(COMMANDS)('keylint %s', (name) => {
  it('finds the key, then reports nothing once a baseline accepts it', { timeout: 120_000 }, () => {
    const { r, outside, commands } = setup();
    const found = runCli(r.dir, [...commands[name]!, '--format', 'json']);
    expect(found.code).toBe(1);
    expect(JSON.parse(found.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('maxai-dev-key');

    expect(runCli(r.dir, ['baseline', '.', '-o', outside('baseline.json')]).code).toBe(0);
    const accepted = runCli(r.dir, [...commands[name]!, '--format', 'json', '--baseline', outside('baseline.json')]);
    expect(accepted.stderr).toBe('');
    expect(accepted.code).toBe(0);
    expect(JSON.parse(accepted.stdout).findings).toEqual([]);
  });

  it('reads --config, applies --fail-on, and reveals the key only with --show-secrets', { timeout: 120_000 }, () => {
    const { r, outside, commands } = setup();
    fs.writeFileSync(outside('keylint.json'), JSON.stringify({ disable: ['maxai-dev-key'] }));
    const disabled = runCli(r.dir, [...commands[name]!, '--format', 'json', '--config', outside('keylint.json')]);
    expect(disabled.code).toBe(0);
    expect(JSON.parse(disabled.stdout).findings).toEqual([]);

    // The key is high: a critical threshold reports it and passes.
    const below = runCli(r.dir, [...commands[name]!, '--format', 'json', '--fail-on', 'critical']);
    expect(below.code).toBe(0);
    expect(JSON.parse(below.stdout).findings).not.toEqual([]);
    expect(below.stdout).not.toContain(key);

    const shown = runCli(r.dir, [...commands[name]!, '--format', 'json', '--show-secrets']);
    expect(shown.code).toBe(1);
    expect(shown.stdout).toContain(key);
  });

  it.each(['human', 'json', 'sarif', 'github', 'junit', 'html'])(
    'writes --format %s, redacted',
    { timeout: 120_000 },
    (format) => {
      const { r, commands } = setup();
      const run = runCli(r.dir, [...commands[name]!, '--format', format]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('maxai-dev-key');
      expect(run.stdout).not.toContain(key);
    },
  );
});

describe('a baseline on part of a tree', () => {
  it('notes stale entries after a full scan, but not after a change that does not meet them', {
    timeout: 120_000,
  }, () => {
    const { r, outside, commands } = setup();
    expect(runCli(r.dir, ['baseline', '.', '-o', outside('baseline.json')]).code).toBe(0);
    r.commit({ 'app.env': 'MAXAI_API_KEY=\n', 'staged.env': 'MAXAI_API_KEY=\n' });
    const full = JSON.parse(runCli(r.dir, ['scan', '.', '-f', 'json', '--baseline', outside('baseline.json')]).stdout);
    expect(full.notes.map((n: { reason: string }) => n.reason).join('\n')).toContain('stale baseline entry');
    r.write('other.txt', 'nothing here\n');
    r.git('add', 'other.txt');
    const change = JSON.parse(
      runCli(r.dir, [...commands.staged!, '-f', 'json', '--baseline', outside('baseline.json')]).stdout,
    );
    expect(change.notes).toEqual([]);
  });
});
