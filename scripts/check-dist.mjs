#!/usr/bin/env node
// GitHub's check-dist convention: rebuild the committed bundle and fail when it differs from what is committed,
// so that a git install, pre-commit and the Action never run code older than src/. Fix: `npm run build`, commit dist/.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], { cwd: ROOT, encoding: 'utf8' });
if (changed.trim() !== '') {
  process.stderr.write(`check-dist: dist/ is not what src/ builds; run \`npm run build\` and commit dist/:\n${changed}`);
  process.exit(1);
}
console.log('check-dist: dist/ matches src/');
