#!/usr/bin/env node
// Thin launcher: all behaviour lives in the built CLI. Exit codes: 0 clean, 1 findings, 2 error.
// CommonJS (bin/package.json): Node then starts without its ES module loader, which `keylint staged`, run by a
// pre-commit hook on every commit, does not need: it runs from its own one-file bundle, dist/staged.cjs, with
// V8's code cache kept in node_modules/.cache/keylint inside keylint's own folder (as trusted as its code).
'use strict';
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'keylint');
const args = process.argv.slice(2);
// The paths of `keylint staged` that its code cache tells apart, by exit code: a commit with findings goes through
// all that a clean one does, then attribution, policies and the report; a run that failed (2) keeps nothing.
const CLEAN = 1;
const FINDINGS = 2;
const REACHED = [CLEAN, CLEAN | FINDINGS];
let staged;
/** `keylint staged` with plain flags, from its own bundle; undefined for any other command line. */
function plainStaged() {
  if (args[0] !== 'staged') return undefined;
  const { requireCached } = require('./code-cache.js');
  staged = requireCached(path.join(ROOT, 'dist', 'staged.cjs'), CACHE);
  return staged.exports.runPlainStaged(args);
}

/** Any other command line: the full CLI's ES modules, their compiled code kept by Node 22.1+ in the same folder. */
function fullCli() {
  // A reader that stops early (`keylint scan . | head`) closes the pipe: the rest of the output is dropped and the
  // exit code still tells whether there were findings. (The pre-commit bundle writes its report through the
  // descriptor and never builds process.stdout, a net.Socket on a pipe or a terminal: src/stdout.ts.)
  process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
  require('node:module').enableCompileCache?.(CACHE);
  return import('../dist/cli.js').then(({ main }) => main(args));
}

// A bundle that cannot be loaded (a checkout without dist/) ends like any other failure: one line, exit 2.
new Promise((resolve) => resolve(plainStaged() ?? fullCli())).then(
  (code) => {
    process.exitCode = code;
    staged?.save(REACHED[code] ?? 0);
  },
  (error) => {
    process.stderr.write(`keylint: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
