// The package as npm publishes it (and a git install gets it): its licence and where it comes from, a bundle that
// needs nothing installed beside it, the notices of the code bundled into it, and no file naming sources it lacks.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
const packed = (JSON.parse(pack.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
const bundles = packed.filter((file) => /^dist\/.*\.c?js$/.test(file));

/** The packages a file's code loads by name (not Node's builtins, not a relative path). */
function packagesLoaded(text: string, builtins: ReadonlySet<string>): Set<string> {
  const loads =
    /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^import\s+)(["'])((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w./-]*)?)\1/gm;
  const names = new Set<string>();
  for (const [, , spec] of text.matchAll(loads)) {
    const name = spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!;
    if (!spec!.startsWith('node:') && !builtins.has(name)) names.add(name);
  }
  return names;
}

describe('the published package', () => {
  it('holds its licence and names its repository, homepage and issue tracker', () => {
    expect(packed).toContain('LICENSE');
    expect(pkg.license).toBe('MIT');
    expect(pkg.repository).toMatchObject({ url: expect.stringMatching(/^git\+https:\/\/github\.com\/.+\.git$/) });
    expect(pkg.homepage).toMatch(/^https:\/\/github\.com\//);
    expect(pkg.bugs).toMatchObject({ url: expect.stringMatching(/^https:\/\/github\.com\/.+\/issues$/) });
  });

  it('ships no source maps, and no bundle names a map file', () => {
    expect(packed.filter((file) => file.endsWith('.map'))).toEqual([]);
    for (const file of bundles) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      expect(text, file).not.toMatch(/^\/\/[#@] sourceMappingURL=(?!data:)/m);
    }
  });

  it('lists no dependency to install: its bundles load only Node builtins and their own files', () => {
    const builtins = new Set(builtinModules);
    const loaded = new Set(
      bundles.flatMap((file) => [...packagesLoaded(fs.readFileSync(path.join(ROOT, file), 'utf8'), builtins)]),
    );
    expect([...loaded]).toEqual([]);
    // A dependency would be downloaded by every `npm install keylint` (75 packages, 46 MB) and never loaded.
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('carries the licence notice of every package its sources bundle, in dist/licenses.txt', () => {
    expect(packed).toContain('dist/licenses.txt');
    const notices = fs.readFileSync(path.join(ROOT, 'dist', 'licenses.txt'), 'utf8');
    const builtins = new Set(builtinModules);
    const sources = fs
      .readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => fs.readFileSync(path.join(ROOT, 'src', file), 'utf8').replace(/^import type .*$/gm, ''));
    const imported = new Set(sources.flatMap((text) => [...packagesLoaded(text, builtins)]));
    expect(imported.size).toBeGreaterThan(10);
    for (const name of imported) {
      const { version } = JSON.parse(
        fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8'),
      ) as { version: string };
      expect(notices, name).toContain(`${name} ${version}\n`);
    }
  });
});
