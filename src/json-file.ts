// Config, rule and baseline files as JSON: a repository may choose them, so they are read as regular files only,
// up to a size cap, and an error about one never quotes what it holds (`ruleFiles: ["/proc/self/environ"]`).
import { ConfigError } from './errors.js';
import { readRegularFile } from './regular-file.js';

/** Config and rule files: generous for hand-written JSON, far below what /dev/zero would grow to. */
export const CONFIG_MAX_BYTES = 4 * 1024 * 1024;

/** Parses `file` as JSON; a ConfigError naming the file when it is no regular file, too large, or not JSON. */
export function readJsonFile(file: string, maxBytes: number): unknown {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file, maxBytes, { followLinks: true });
  } catch (error) {
    throw new ConfigError(file, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parseJson(file, bytes.toString('utf8'));
}

/** Parses the text of `file`; a syntax error names the file, and the line and column where V8 gives them. */
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
