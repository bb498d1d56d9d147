// Keys in minified bundles are traced through their source maps to the original file and line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encode } from '@jridgewell/sourcemap-codec';
import { afterEach, describe, expect, it } from 'vitest';
import { runScan } from '../../src/scan/pipeline.js';
import { fakeKeys } from '../helpers/fake.js';

const key = fakeKeys(31).maxProd();
const prefix = '!function(){var a=1;'.repeat(2000);
const literal = `var e="${key}";`;
const minified = `${prefix}${literal}window.k=e}();`;
const keyColumn = prefix.length + 'var e="'.length; // 0-based, the key's first character

/** A map whose one interesting segment puts the `var e=` statement at src/config.ts line 7, column 3. */
function mapJson(sources = ['src/config.ts']): string {
  const mappings = encode([
    [
      [0, 0, 0, 0],
      [prefix.length, 0, 6, 2],
      [prefix.length + literal.length, 0, 8, 0],
    ],
  ]);
  return JSON.stringify({ version: 3, file: 'app.min.js', sources, names: [], mappings });
}

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function scanDir(files: Record<string, string>) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-map-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  const { result } = await runScan({ kind: 'tree', paths: [dir], cwd: dir, useGitignore: false });
  return result.report;
}

describe('bundle intelligence', () => {
  it('reads a sibling <file>.map and reports the original position', async () => {
    const report = await scanDir({ 'dist/app.min.js': minified, 'dist/app.min.js.map': mapJson() });
    const hit = report.findings.find((f) => f.ruleId === 'maxai-prod-key' && f.file === 'dist/app.min.js');
    expect(hit?.column).toBe(keyColumn + 1);
    expect(hit?.original).toEqual({ file: 'src/config.ts', line: 7, column: 3 });
    expect(JSON.stringify(report).includes(key)).toBe(false);
  });

  it('follows a sourceMappingURL comment to a differently named map', async () => {
    const report = await scanDir({
      'public/js/main.4f2a.js': `${minified}\n//# sourceMappingURL=../maps/main.js.map\n`,
      'public/maps/main.js.map': mapJson(['webpack://app/./src/keys.ts']),
    });
    const hit = report.findings.find((f) => f.ruleId === 'maxai-prod-key');
    expect(hit?.original).toEqual({ file: 'webpack://app/src/keys.ts', line: 7, column: 3 });
  });

  it('decodes an inline base64 map and leaves files without a map alone', async () => {
    const inline = `${minified}\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,${Buffer.from(mapJson()).toString('base64')}\n`;
    const report = await scanDir({ 'build/static/inline.js': inline, 'plain.js': `// maxcare\nconst k = "${key}";\n` });
    const byFile = new Map(report.findings.filter((f) => f.ruleId === 'maxai-prod-key').map((f) => [f.file, f]));
    expect(byFile.get('build/static/inline.js')?.original).toEqual({ file: 'src/config.ts', line: 7, column: 3 });
    expect(byFile.get('plain.js')?.original).toBeUndefined();
  });

  it('turns a broken map into a note', async () => {
    const report = await scanDir({ 'dist/app.min.js': minified, 'dist/app.min.js.map': '{"version":3,"mappings":' });
    expect(report.findings.some((f) => f.ruleId === 'maxai-prod-key' && !f.original)).toBe(true);
    expect(report.notes.some((n) => n.file === 'dist/app.min.js.map' || n.file === 'dist/app.min.js')).toBe(true);
  });
});
