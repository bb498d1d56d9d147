// File kinds are told by string tests instead of regexes (start-up: V8 compiles each regex it runs). They must answer
// as the regexes they replaced, on any path: the regexes are kept here as the reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isConfigFile, isDotenvFile } from '../src/detect/views.js';
import { Extensions } from '../src/file-extensions.js';
import { GZ, TGZ } from '../src/sources/archive-kind.js';

/** Paths made of pieces that sit on the edges: dots, slashes, case, the Kelvin sign and dotted capital I. */
const paths = fc
  .array(
    fc.constantFrom(
      '.',
      '/',
      '-',
      '_',
      'env',
      'ENV',
      'Env',
      'tar',
      'gz',
      'GZ',
      'csv',
      'b64',
      'txt',
      'user-data',
      'dev',
      'vars',
      'ksh',
      '\u212Ash',
      'p\u0130',
      'yml',
      'json',
      'sql',
      'x',
    ),
    { maxLength: 8 },
  )
  .map((pieces) => pieces.join(''));

describe('Extensions', () => {
  it('tests a path as the regex of the same extensions does', () => {
    const cases: Array<[Extensions, RegExp]> = [
      [new Extensions('csv tsv psv sql'), /\.(?:csv|tsv|psv|sql)$/i],
      [new Extensions('b64 base64 b64.txt base64.txt'), /\.(?:b64|base64)(?:\.txt)?$/i],
      [new Extensions('sh bash zsh ksh ps1 psm1'), /\.(?:sh|bash|zsh|ksh|ps1|psm1)$/i],
      [new Extensions('env'), /\.env$/i],
    ];
    fc.assert(
      fc.property(paths, (file) => {
        for (const [extensions, regex] of cases) expect(extensions.test(file), file).toBe(regex.test(file));
      }),
      { numRuns: 5000 },
    );
  });

  it('folds ASCII case only, as a regex without the u flag does', () => {
    const shell = new Extensions('ksh');
    expect(shell.test('run.KSH')).toBe(true);
    // U+212A (Kelvin sign) lower-cases to `k`; /\.ksh$/i does not take it for one.
    expect(shell.test('run.\u212Ash')).toBe(false);
    expect(shell.test('ksh')).toBe(false);
  });

  it('tells gzipped tars from gzipped files as the archive regexes did', () => {
    fc.assert(
      fc.property(paths, (file) => {
        expect(GZ.test(file), file).toBe(/(?<!\.tar)\.gz$/i.test(file));
        expect(TGZ.test(file), file).toBe(/\.(tgz|tar\.gz)$/i.test(file));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('dotenv and config names', () => {
  it('answer as the regexes they replaced', () => {
    fc.assert(
      fc.property(paths, (file) => {
        expect(isDotenvFile(file), file).toBe(/(?:^|\/)(?:\.env(?:[.\-_][^/]*)?|[^/]+\.env|\.dev\.vars)$/i.test(file));
        expect(isConfigFile(file), file).toBe(
          /\.(?:ya?ml|json|toml|ini|cfg|conf|xml|tf|tfvars|tfstate|env|properties)$|(?:^|\/)(?:\.env[^/]*|user-data)$/i.test(
            file,
          ),
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('name the files their comments name', () => {
    for (const file of ['.env', 'app/.env.local', 'prod.env', '.dev.vars', 'a/.ENV_test', '.envx.env'])
      expect(isDotenvFile(file), file).toBe(true);
    for (const file of ['.envrc', 'env', 'a/.env/x', '.dev.varsx']) expect(isDotenvFile(file), file).toBe(false);
    for (const file of ['cloud/user-data', 'config.YAML', '.envrc', 'main.tf'])
      expect(isConfigFile(file), file).toBe(true);
  });
});
