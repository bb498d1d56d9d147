// `keylint install-hook`: a real pre-commit hook, exercised by real `git commit`s.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake.js';
import { ROOT, gitEnv, useRepos, runCli } from '../helpers/git.js';

const keys = fakeKeys(606);
const repo = useRepos({ initial: true });

/** Installs this keylint into `dir`'s node_modules, as `npm install --save-dev keylint` would. */
function linkKeylintInto(dir: string): void {
  fs.mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
  fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'keylint'));
  fs.symlinkSync(path.join(ROOT, 'bin', 'keylint.js'), path.join(dir, 'node_modules', '.bin', 'keylint'));
  fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n');
}

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

  it('with --force, runs the replaced hook after keylint, with its arguments, and keeps its verdict', () => {
    const r = repo();
    const hook = path.join(r.dir, '.git', 'hooks', 'pre-commit');
    const ran = path.join(r.dir, '.git', 'old-hook-ran');
    fs.writeFileSync(hook, `#!/bin/sh\ntouch '${ran}'\n[ -f .block ] && exit 3\nexit 0\n`, { mode: 0o755 });
    const forced = runCli(r.dir, ['install-hook', '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('runs after it');

    r.write('.env.development', `MAXAI_API_KEY=${keys.maxProd()}\n`);
    r.git('add', '-A');
    expect(tryCommit(r.dir, 'key').code).not.toBe(0);
    expect(fs.existsSync(ran)).toBe(false);

    r.write('.env.development', 'MAXAI_API_KEY=\n');
    r.git('add', '-A');
    expect(tryCommit(r.dir, 'clean').code).toBe(0);
    expect(fs.existsSync(ran)).toBe(true);

    r.write('.block', '');
    r.write('notes.md', 'more\n');
    r.git('add', 'notes.md');
    const count = r.git('rev-list', '--count', 'HEAD');
    expect(tryCommit(r.dir, 'old hook says no').code).not.toBe(0);
    expect(r.git('rev-list', '--count', 'HEAD')).toBe(count);
  });

  it("adds itself to husky's .husky/pre-commit, which husky runs, instead of replacing husky's dispatcher", () => {
    const r = repo();
    linkKeylintInto(r.dir);
    const husky = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'husky', 'bin.js')], {
      cwd: r.dir,
      env: gitEnv(),
      encoding: 'utf8',
    });
    expect(husky.status).toBe(0);
    r.write('.husky/pre-commit', 'echo husky-ran\n');
    const dispatcher = fs.readFileSync(path.join(r.dir, '.husky', '_', 'pre-commit'), 'utf8');

    const installed = runCli(r.dir, ['install-hook']);
    expect(installed.stdout).toBe(
      `keylint: added to husky's pre-commit hook in ${path.join(r.dir, '.husky', 'pre-commit')}\n`,
    );
    expect(fs.readFileSync(path.join(r.dir, '.husky', 'pre-commit'), 'utf8')).toBe(
      'echo husky-ran\nnpx --no-install keylint staged\n',
    );
    expect(runCli(r.dir, ['install-hook']).stdout).toMatch(/^keylint: already in husky's /);
    expect(fs.readFileSync(path.join(r.dir, '.husky', '_', 'pre-commit'), 'utf8')).toBe(dispatcher);

    r.write('.env.development', `MAXAI_API_KEY=${keys.maxProd()}\n`);
    r.git('add', '.env.development');
    const blocked = tryCommit(r.dir, 'key');
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain('husky-ran');
    expect(blocked.output).toContain('maxai-prod-key');
    r.write('.env.development', 'MAXAI_API_KEY=\n');
    r.git('add', '.env.development');
    expect(tryCommit(r.dir, 'clean').code).toBe(0);
  });

  it('adds a keylint command to lefthook.yml, keeping its indentation and other hooks', () => {
    const cases: Array<[string, string]> = [
      [
        'pre-push:\n  commands:\n    test:\n      run: npm test\n',
        'pre-push:\n  commands:\n    test:\n      run: npm test\npre-commit:\n  commands:\n    keylint:\n      run: npx --no-install keylint staged\n',
      ],
      [
        'pre-commit:\n    parallel: true\n    commands:\n        lint:\n            run: eslint\n',
        'pre-commit:\n    parallel: true\n    commands:\n        keylint:\n            run: npx --no-install keylint staged\n        lint:\n            run: eslint\n',
      ],
      [
        '# hooks\npre-commit:\n  parallel: true\npre-push: {}\n',
        '# hooks\npre-commit:\n  commands:\n    keylint:\n      run: npx --no-install keylint staged\n  parallel: true\npre-push: {}\n',
      ],
      // lefthook's own docs use a jobs list since 1.10, its items indented or at the key's level.
      [
        'pre-commit:\n  parallel: true\n  jobs:\n    - name: lint\n      run: eslint\n',
        'pre-commit:\n  parallel: true\n  jobs:\n    - name: keylint\n      run: npx --no-install keylint staged\n    - name: lint\n      run: eslint\n',
      ],
      [
        'pre-commit:\n  jobs:\n  # linters\n  - run: eslint\n',
        'pre-commit:\n  jobs:\n  - name: keylint\n    run: npx --no-install keylint staged\n  # linters\n  - run: eslint\n',
      ],
    ];
    for (const [index, [before, after]] of cases.entries()) {
      // Every YAML name lefthook reads, .config/ included.
      const file = ['lefthook.yml', '.lefthook.yaml', '.config/lefthook.yml', 'lefthook.yaml', '.config/lefthook.yaml'][
        index
      ]!;
      const r = repo();
      r.write(file, before);
      const installed = runCli(r.dir, ['install-hook']);
      expect(installed.code).toBe(0);
      expect(installed.stdout).toContain("added to lefthook's pre-commit hook");
      expect(fs.readFileSync(path.join(r.dir, file), 'utf8')).toBe(after);
      expect(fs.existsSync(path.join(r.dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
    }
    // Forms keylint does not edit, and lefthook's TOML and JSON configs: said so, and no hook written under lefthook.
    const manual: Array<[string, string]> = [
      ['.lefthook.yml', 'pre-commit: { commands: { lint: { run: eslint } } }\n'],
      ['lefthook.yml', 'pre-commit:\n  jobs: [{ run: eslint }]\n'],
      ['lefthook.toml', '[pre-commit.commands.lint]\nrun = "eslint"\n'],
      ['.config/lefthook.json', '{"pre-commit": {"jobs": [{"run": "eslint"}]}}\n'],
    ];
    for (const [file, text] of manual) {
      const r = repo();
      r.write(file, text);
      const refused = runCli(r.dir, ['install-hook']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toBe(
        `keylint: ${path.join(r.dir, file)}: add keylint to its pre-commit hook by hand: a command running "npx --no-install keylint staged"\n`,
      );
      expect(fs.readFileSync(path.join(r.dir, file), 'utf8')).toBe(text);
      expect(fs.existsSync(path.join(r.dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
    }
  });

  it("writes to husky and lefthook what the README's snippets show", () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const husky = /in `\.husky\/pre-commit` \(what[^)]*\):\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    const lefthook = /in `lefthook\.yml` \(what[^)]*\):\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    const withHusky = repo();
    withHusky.write('.husky/pre-commit', '');
    expect(runCli(withHusky.dir, ['install-hook']).code).toBe(0);
    expect(fs.readFileSync(path.join(withHusky.dir, '.husky', 'pre-commit'), 'utf8')).toBe(husky);
    const withLefthook = repo();
    withLefthook.write('lefthook.yml', '');
    expect(runCli(withLefthook.dir, ['install-hook']).code).toBe(0);
    expect(fs.readFileSync(path.join(withLefthook.dir, 'lefthook.yml'), 'utf8')).toBe(lefthook);
  });

  it('ships a pre-commit framework manifest that runs `keylint staged`: the bundle as it is, or installed by npm', () => {
    const manifest = fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    expect(manifest).toMatch(
      /^- id: keylint\n(?:\s{2}\S.*\n)*?\s+entry: bin\/keylint\.js staged .*\n\s+language: script$/m,
    );
    expect(manifest).toMatch(/^- id: keylint-node\n(?:\s{2}\S.*\n)*?\s+entry: keylint staged .*\n\s+language: node$/m);
    expect(manifest.match(/^\s+pass_filenames: false$/gm)).toHaveLength(2);
  });
});
