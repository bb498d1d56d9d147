// Reading a config, rule or baseline file that a repository may have chosen: only a regular file, only up to a
// size cap, and JSON errors that never quote the text (`ruleFiles: ["/proc/self/environ"]` must not print it).
import fs from 'node:fs';
import { ConfigError } from './errors.js';

/** Config and rule files: generous for hand-written JSON, far below what /dev/zero would grow to. */
export const CONFIG_MAX_BYTES = 4 * 1024 * 1024;

const { O_RDONLY, O_NONBLOCK } = fs.constants;

/**
 * The bytes of `file` when it is a regular file of at most `maxBytes`; a ConfigError naming the file
 * otherwise. Opened without blocking, so that a FIFO is refused rather than waited on; read to its end, not
 * to its stated size (files under /proc state 0).
 */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, O_RDONLY | O_NONBLOCK);
  } catch (error) {
    throw new ConfigError(file, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0]}`);
  }
  try {
    if (!fs.fstatSync(fd).isFile()) throw new ConfigError(file, 'cannot read: not a regular file');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw new ConfigError(file, `cannot read: larger than ${maxBytes} bytes`);
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

/** Parses `file` as JSON (see readRegularFile). */
export function readJsonFile(file: string, maxBytes: number): unknown {
  return parseJson(file, readRegularFile(file, maxBytes).toString('utf8'));
}

/** Parses the text of `file`; a syntax error names the file, line and column, never the text. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message);
    throw new ConfigError(file, `invalid JSON${at ? ` at ${lineAndColumn(text, Number(at[1]))}` : ''}`);
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}
