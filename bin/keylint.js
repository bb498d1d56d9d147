#!/usr/bin/env node
// Thin launcher: all behaviour lives in the built CLI. Exit codes: 0 clean, 1 findings, 2 error.
// CommonJS (bin/package.json): Node then starts without its ES module loader, which `keylint staged`, run by a
// pre-commit hook on every commit, never needs: it loads its own one-file bundle, dist/staged.cjs.
'use strict';

// A reader that stops early (`keylint scan . | head`) closes the pipe: the rest of the output is dropped
// and the exit code still tells whether there were findings.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
});

const args = process.argv.slice(2);
const cli = args[0] === 'staged' ? Promise.resolve(require('../dist/staged.cjs')) : import('../dist/cli.js');
cli
  .then(({ main }) => main(args))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`keylint: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
