// Never-leak, property-based: random files holding keys of all three vendors, in random places, kinds
// and encodings, go through the real pipeline; every key is found, and no output format, no note and
// no baseline holds a full key (nor its bulk) unless the secrets are revealed on purpose.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBaseline } from '../../src/filters/baseline.js';
import { revealSecrets } from '../../src/redact.js';
import { REPORTERS } from '../../src/report/index.js';
import { builtinRules, scanMemory } from '../helpers/scan.js';
import { fakeKeys } from '../helpers/fake.js';
import { runCli, tempDir, writeTree } from '../helpers/cli.js';

type Vendor = 'maxProd' | 'maxDev' | 'novamed' | 'maiagent';
type Kind = 'env' | 'ts' | 'py' | 'json' | 'yaml' | 'min.js';

/** One declaration of `key` in the syntax of a file kind, named so that the vendor's rule applies. */
function declare(kind: Kind, vendor: Vendor, key: string, n: number): string {
  const name =
    vendor === 'novamed' ? `NOVAMED_API_KEY_${n}` : vendor === 'maiagent' ? `MAIAGENT_API_KEY_${n}` : `MAXAI_KEY_${n}`;
  switch (kind) {
    case 'env':
      return `${name}=${key}`;
    case 'ts':
      return `export const ${name} = '${key}';`;
    case 'py':
      return vendor === 'maiagent' ? `headers_${n} = {"Authorization": "Api-Key ${key}"}` : `${name} = "${key}"`;
    case 'json':
      return `"${name}": "${key}",`;
    case 'yaml':
      return `${name}: ${key}`;
    case 'min.js':
      return `var ${name}="${key}";`;
  }
}

const filler = fc.array(fc.stringMatching(/^[a-z ]{0,30}$/), { maxLength: 4 });
const plantArb = fc.record({
  vendor: fc.constantFrom<Vendor>('maxProd', 'maxDev', 'novamed', 'maiagent'),
  before: filler,
  indent: fc.constantFrom('', '  ', '\t', '        '),
});
interface FileSpec {
  kind: Kind;
  encoding: 'utf8' | 'utf16le' | 'crlf';
  plants: Array<{ vendor: Vendor; before: string[]; indent: string }>;
  seed: number;
}
const fileArb: fc.Arbitrary<FileSpec> = fc.record({
  kind: fc.constantFrom<Kind>('env', 'ts', 'py', 'json', 'yaml', 'min.js'),
  encoding: fc.constantFrom<FileSpec['encoding']>('utf8', 'utf16le', 'crlf'),
  plants: fc.array(plantArb, { minLength: 1, maxLength: 4 }),
  seed: fc.integer({ min: 1, max: 2 ** 30 }),
});

/** Builds the file: comment filler lines, then the declarations; returns its bytes and the planted keys. */
function build(spec: FileSpec, index: number): { path: string; content: Buffer; keys: string[] } {
  const keys = fakeKeys(spec.seed);
  const planted: string[] = [];
  const lines: string[] = [];
  const comment = spec.kind === 'py' || spec.kind === 'yaml' || spec.kind === 'env' ? '# ' : '// ';
  spec.plants.forEach((plant, n) => {
    const key = keys[plant.vendor]();
    planted.push(key);
    for (const text of plant.before) lines.push(comment + text);
    lines.push(plant.indent + declare(spec.kind, plant.vendor, key, n));
  });
  const minified = spec.kind === 'min.js';
  const text = minified
    ? lines
        .filter((l) => !l.startsWith(comment))
        .map((l) => l.trim())
        .join('')
    : lines.join('\n') + '\n';
  const name = minified ? `dist/bundle${index}.min.js` : `src/file${index}.${spec.kind === 'env' ? 'env' : spec.kind}`;
  const content =
    spec.encoding === 'utf16le'
      ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
      : Buffer.from(spec.encoding === 'crlf' ? text.replace(/\n/g, '\r\n') : text, 'utf8');
  return { path: name, content, keys: planted };
}

/** The bulk of a key: any 12 characters from its end (redaction keeps at most a few of each end). */
function leaks(text: string, key: string): boolean {
  return text.includes(key) || text.includes(key.slice(-12)) || text.includes(key.slice(0, -4).slice(-12));
}

describe('never-leak (property)', () => {
  it('finds every planted key and leaks none into any format, note or baseline', async () => {
    const rules = builtinRules().rules;
    await fc.assert(
      fc.asyncProperty(fc.array(fileArb, { minLength: 1, maxLength: 4 }), async (specs) => {
        const files = specs.map(build);
        const { report, secrets } = await scanMemory(files.map(({ path, content }) => ({ path, content })));
        const found = new Set(secrets.values());
        const planted = files.flatMap((f) => f.keys);
        for (const key of planted) expect(found, `planted key not found in ${files.map((f) => f.path)}`).toContain(key);

        const outputs = [
          ...Object.values(REPORTERS).map((render) => render(report, { color: false, rules })),
          ...report.notes.map((n) => n.reason),
          renderBaseline(report),
        ];
        for (const text of outputs) for (const key of planted) expect(leaks(text, key)).toBe(false);

        // The only way to see them: revealing the vault on purpose.
        const revealed = REPORTERS.json(revealSecrets(report, secrets));
        for (const key of planted) expect(revealed).toContain(key);
      }),
      { numRuns: 40, seed: 9 },
    );
  });
});

describe('never-leak (built CLI, a few samples)', () => {
  it.each(
    fc
      .sample(fc.array(fileArb, { minLength: 2, maxLength: 4 }), { numRuns: 2, seed: 19 })
      .map((s, i) => [i, s] as const),
  )(
    'sample %i: no format, stderr or baseline file holds a key',
    (_i, specs) => {
      const files = specs.map(build);
      const planted = files.flatMap((f) => f.keys);
      const { dir, cleanup } = tempDir('keylint-leak-');
      try {
        writeTree(dir, Object.fromEntries(files.map((f) => [f.path, f.content])));
        for (const format of Object.keys(REPORTERS)) {
          const run = runCli(['scan', '.', '--no-ignore', '--format', format], dir);
          expect(run.code).toBe(1);
          for (const key of planted) expect(leaks(run.stdout + run.stderr, key)).toBe(false);
        }
        const base = runCli(['baseline', '.', '--no-ignore'], dir);
        expect(base.code, base.stderr).toBe(0);
        const written = fs.readFileSync(path.join(dir, '.keylint-baseline.json'), 'utf8');
        for (const key of planted) expect(leaks(written + base.stdout + base.stderr, key)).toBe(false);
      } finally {
        cleanup();
      }
    },
    300_000,
  );
});
