// `keylint install-hook`: a real pre-commit hook, exercised by real `git commit`s.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake.js';
import { ROOT, gitEnv, useRepos, runCli } from '../helpers/git.js';

const keys = fakeKeys(606);
const repo = useRepos({ initial: true });

/** A real commit through the hooks; returns its exit code and what the hook printed. */
function tryCommit(dir: string, message: string) {
  const result = spawnSync('git', ['commit', '-q', '-m', message], { cwd: dir, env: gitEnv(), encoding: 'utf8' });
  return { code: result.status, output: result.stdout + result.stderr };
}

describe('keylint install-hook', () => {
  it('blocks a commit that adds a production key and lets a clean one through', () => {
    const r = repo();
    const installed = runCli(r.dir, ['install-hook']);
    expect(installed.code).toBe(0);
    const hook = path.join(r.dir, '.git', 'hooks', 'pre-commit');
    expect(fs.readFileSync(hook, 'utf8')).toContain(`node '${path.join(ROOT, 'bin', 'keylint.js')}' staged`);

    const key = keys.maxProd();
    r.write('.env.development', `MAXAI_API_KEY=${key}\n`);
    r.git('add', '-A');
    const blocked = tryCommit(r.dir, 'add key');
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain('maxai-prod-key');
    expect(blocked.output).toContain('prod-key-in-dev-config');
    expect(blocked.output).not.toContain(key);
    expect(r.git('rev-list', '--count', 'HEAD')).toBe('1');

    r.write('.env.development', 'MAXAI_API_KEY=\n');
    r.write('src/app.ts', 'export const apiKey = process.env.MAXAI_API_KEY;\n');
    r.git('add', '-A');
    expect(tryCommit(r.dir, 'clean').code).toBe(0);
    expect(r.git('rev-list', '--count', 'HEAD')).toBe('2');
  });

  it('writes into core.hooksPath when it is set', () => {
    const r = repo();
    r.git('config', 'core.hooksPath', '.githooks');
    expect(runCli(r.dir, ['install-hook']).code).toBe(0);
    expect(fs.existsSync(path.join(r.dir, '.githooks', 'pre-commit'))).toBe(true);
    expect(fs.existsSync(path.join(r.dir, '.git', 'hooks', 'pre-commit'))).toBe(false);

    r.write('k.env', `MAXAI_API_KEY=${keys.maxDev()}\n`);
    r.git('add', 'k.env');
    expect(tryCommit(r.dir, 'dev key').code).not.toBe(0);
  });

  it('refuses to overwrite a foreign hook unless --force, and replaces its own hook freely', () => {
    const r = repo();
    const hook = path.join(r.dir, '.git', 'hooks', 'pre-commit');
    fs.writeFileSync(hook, '#!/bin/sh\necho mine\n', { mode: 0o755 });

    const refused = runCli(r.dir, ['install-hook']);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('--force');
    expect(fs.readFileSync(hook, 'utf8')).toBe('#!/bin/sh\necho mine\n');

    expect(runCli(r.dir, ['install-hook', '--force']).code).toBe(0);
    expect(fs.readFileSync(`${hook}.keylint-backup`, 'utf8')).toBe('#!/bin/sh\necho mine\n');
    expect(runCli(r.dir, ['install-hook']).code).toBe(0);
    expect(fs.readFileSync(hook, 'utf8')).toContain('keylint:pre-commit-hook');
  });

  it('ships a pre-commit framework manifest that runs `keylint staged`', () => {
    const manifest = fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    expect(manifest).toMatch(/^- id: keylint$/m);
    expect(manifest).toMatch(/^\s+entry: keylint staged/m);
    expect(manifest).toMatch(/^\s+pass_filenames: false$/m);
  });
});
