// Where keylint's own files are: bin/, rules/, package.json and the bundle in dist/. The nearest folder above
// this module with a package.json: the same root whether it runs as a source (src/package-root.ts), bundled
// (dist/*.js) or bundled elsewhere by a benchmark (bench/.scratch/).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder. */
export const PACKAGE_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** The launcher (`bin/keylint.js`), for hooks and child runs. */
export const KEYLINT_BIN = path.join(PACKAGE_ROOT, 'bin', 'keylint.js');

/** The detection worker's script: always the bundle, also when the pool itself runs from sources (tests). */
export const WORKER_SCRIPT = path.join(PACKAGE_ROOT, 'dist', 'worker.js');

let version: string | undefined;

/** keylint's own version, from its package.json (never the project's that has it installed). */
export function packageVersion(): string {
  return (version ??= (
    JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version);
}

function findRoot(dir: string): string {
  for (let at = dir; ; at = path.dirname(at)) {
    if (fs.existsSync(path.join(at, 'package.json'))) return at;
    if (path.dirname(at) === at) return path.dirname(dir);
  }
}
