// The pre-commit fast path loads less, never decides differently: its flag parser hands anything unusual
// to yargs, its own bundle (dist/staged.cjs) reports what the full CLI reports, the lazy reporters are the
// registry's, and lazily compiled globs match what picomatch matches.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { plainStagedFlags } from '../../src/commands/staged-run.js';
import { REPORTER_LOADERS } from '../../src/commands/output.js';
import { REPORTERS } from '../../src/report/index.js';
import { BUILTIN_RULES_DIR, globMatcher } from '../../src/rules.js';
import { fakeKeys } from '../helpers/fake.js';
import { runCli, useRepos } from '../helpers/git.js';

describe('plainStagedFlags', () => {
  const base = {
    'show-secrets': false,
    'fail-on-usage': false,
    validate: false,
    'fail-on-live': false,
    'allow-private-base-url': false,
    'validation-timeout': 10_000,
  };

  it('reads the plain spellings of the staged flags', () => {
    expect(plainStagedFlags([])).toEqual(base);
    expect(plainStagedFlags(['-f', 'json', '--output', 'r.json', '--config=k.json', '--fail-on', 'high'])).toEqual({
      ...base,
      format: 'json',
      output: 'r.json',
      config: 'k.json',
      'fail-on': 'high',
    });
    expect(plainStagedFlags(['--show-secrets', '--fail-on-usage', '--debug', '-o', 'x=y'])).toEqual({
      ...base,
      'show-secrets': true,
      'fail-on-usage': true,
      output: 'x=y',
    });
  });

  it.each([
    [['--help']],
    [['-h']],
    [['--version']],
    [['extra']],
    [['--unknown']],
    [['-f']],
    [['-f', '--show-secrets']],
    [['--format=']],
    [['-fjson']],
    [['-f=json']],
    [['--format', 'json', '-f', 'sarif']],
    [['--debug', '--debug']],
    [['--show-secrets=false']],
    [['--no-show-secrets']],
    [['--showSecrets']],
    [['--failOn', 'high']],
    [['--', 'x']],
    [['--__proto__', 'x']],
    [['--toString']],
  ])('leaves %j to yargs', (args) => {
    expect(plainStagedFlags(args)).toBeUndefined();
  });
});

describe('the pre-commit bundle', () => {
  const repo = useRepos({ initial: true });
  const keys = fakeKeys(1977);
  // `-f=json` is a spelling only yargs reads: that run goes through the full CLI (dist/cli.js).
  const both = (dir: string, format: string) => [
    runCli(dir, ['staged', '-f', format]),
    runCli(dir, ['staged', `-f=${format}`]),
  ];
  const withoutDuration = (stdout: string) => stdout.replace(/"durationMs": \d+/, '').replace(/, [\d.]+ s\./, '');

  it('reports a staged change as the full CLI does: findings, policies, notes and exit code', () => {
    const r = repo();
    r.commit({ 'src/app.ts': 'export const a = 1;\n', '.env.development': 'A=1\n' });
    r.write('src/app.ts', `export const a = 1;\nexport const MAXAI_API_KEY = '${keys.maxProd()}';\n`);
    r.write('.env.development', `A=1\nMAXAI_API_KEY=${keys.maxProd()}\n`);
    r.write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    r.git('add', '-A');
    for (const format of ['json', 'human', 'sarif']) {
      const [fast, full] = both(r.dir, format);
      expect(fast!.code).toBe(1);
      expect(fast!.stderr).toBe('');
      expect([fast!.code, withoutDuration(fast!.stdout)]).toEqual([full!.code, withoutDuration(full!.stdout)]);
    }
    expect(JSON.parse(both(r.dir, 'json')[0]!.stdout).findings.length).toBeGreaterThan(2);
  });

  it('fails as the full CLI does outside a repository', () => {
    const r = repo();
    const outside = path.dirname(r.dir);
    const [fast, full] = both(outside, 'json');
    expect(fast!.code).toBe(2);
    expect(fast).toEqual(full);
  });
});

describe('lazy reporters', () => {
  it('load the registry’s own functions, in its order', async () => {
    expect(Object.keys(REPORTER_LOADERS)).toEqual(Object.keys(REPORTERS));
    for (const [name, load] of Object.entries(REPORTER_LOADERS))
      expect(await load()).toBe(REPORTERS[name as keyof typeof REPORTERS]);
  });
});

describe('globMatcher', () => {
  const policies = JSON.parse(fs.readFileSync(path.join(BUILTIN_RULES_DIR, 'policies.json'), 'utf8')) as {
    rules: Array<{ when: Array<{ paths?: string[]; exceptPaths?: string[] }> }>;
  };
  const builtin = policies.rules.flatMap((r) => r.when.flatMap((c) => [...(c.paths ?? []), ...(c.exceptPaths ?? [])]));
  const options = [{ dot: true, nocase: true }, { dot: true }];
  const segment = fc.constantFrom(
    'src',
    'dist',
    'DIST',
    'public',
    'config',
    'dev',
    'Dev',
    'test',
    'tests',
    'fixtures',
    'staging',
    '.next',
    'static',
    'out',
    '_next',
    'build',
    'a b',
    'ñ',
    'x',
    'cd',
    'lib',
  );
  const name = fc.constantFrom(
    '.env',
    '.env.local',
    '.ENV.Development',
    '.env.test.local',
    'app.ts',
    'app.min.js',
    'x.js.map',
    'a.bundle.js',
    'b.chunk.js',
    'dev.json',
    'development.yml',
    'docker-compose.dev.yml',
    'appsettings.Development.json',
    'settings',
    'dev.py',
    'İ.env.local',
    'x-Dev_1.json',
    'TEST.yml',
    'ab',
  );
  const file = fc.tuple(fc.array(segment, { maxLength: 4 }), name).map(([dirs, base]) => [...dirs, base].join('/'));

  it('matches exactly what picomatch matches, for the built-in globs and odd ones (extglobs, braces, classes)', () => {
    const globs = [
      ...builtin,
      '**/*.{js,mjs}',
      'src/**/[a-z]*.ts',
      '!(dist)/**',
      '**/a\\ b/**',
      '**/dev?/**',
      'dist',
      '*.js',
      '**/x',
      '**/?(x-)@(Dev|TEST)[._-]*.{json,yml}',
      '**/+(ab|cd)/**',
      '**/@(a*|b)/**',
      '@(src|lib)/**/*.ts',
      '{1..3}.txt',
      '**/{a}/**',
      'a+b/**',
      '**/[]a]/**',
    ];
    for (const opts of options) {
      const lazy = globMatcher(globs, opts);
      const eager = picomatch(globs, opts);
      const single = globs.map((g) => [globMatcher([g], opts), picomatch(g, opts)] as const);
      fc.assert(
        fc.property(file, (f) => {
          expect(lazy(f)).toBe(eager(f));
          for (const [a, b] of single) expect(a(f)).toBe(b(f));
        }),
        { numRuns: 400 },
      );
    }
  });
});
