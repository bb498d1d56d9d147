#!/usr/bin/env node
// Thin launcher: all behaviour lives in the built CLI. Exit codes: 0 clean, 1 findings, 2 error.
import { main } from '../dist/cli.js';

// A reader that stops early (`keylint scan . | head`) closes the pipe: the rest of the output is dropped
// and the exit code still tells whether there were findings.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`keylint: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
