// Bundle intelligence: a key found in minified code is traced back, through the bundle's source map,
// to the original file and line that a developer can actually fix.
import fs from 'node:fs';
import path from 'node:path';
import { isArchivePath } from '../archive-path.js';
import { describeSystemError } from '../errors.js';
import { fsPath } from '../name-bytes.js';
import { UnreadableFileError, readRegularFile } from '../regular-file.js';
import type { Finding, ScanNote } from '../types.js';
import { MAX_SOURCE_MAP_BYTES, MAX_SOURCE_NAME, isSourceMap } from '../sources/sourcemap.js';

// The sourceMappingURL comment is the bundle's last line; reading the tail is enough and keeps big bundles cheap.
const TAIL_BYTES = 4096;
const MAP_URL = /[#@]\s*sourceMappingURL\s*=\s*(\S+)\s*(?:\*\/)?\s*$/;

/**
 * Fills `original` on findings in files that have a source map (a `sourceMappingURL` comment naming a
 * local or inline map, or a sibling `<file>.map`); `base` is the directory display paths are relative to.
 */
export async function addOriginalPositions(findings: Finding[], base: string, notes: ScanNote[]): Promise<void> {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.original || isArchivePath(f.file) || isSourceMap(f.file)) continue;
    byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  }
  if (byFile.size === 0) return;
  const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
  for (const [file, group] of byFile) {
    // Everything about a map is the scanned repository's to choose: whatever goes wrong is this file's note.
    try {
      const text = readMapFor(path.resolve(base, file), base);
      if (text === undefined) continue;
      const map = new TraceMap(text);
      for (const f of group) {
        const position = originalPositionFor(map, { line: f.line, column: f.column - 1 });
        // A mapping may point past `sources`: then there is no source to name.
        if (typeof position.source !== 'string' || position.line === null || position.column === null) continue;
        const source = position.source.slice(0, MAX_SOURCE_NAME).toWellFormed();
        f.original = { file: source, line: position.line, column: position.column + 1 };
      }
    } catch (error) {
      // Never the parser's own words: they quote the text (`"SHELL=/bin"... is not valid JSON`).
      const why =
        error instanceof URIError
          ? 'malformed sourceMappingURL'
          : error instanceof SyntaxError
            ? 'not valid JSON'
            : error instanceof UnreadableFileError || (error as NodeJS.ErrnoException).code !== undefined
              ? describeSystemError(error)
              : 'not a source map';
      notes.push({ file, reason: `source map not usable: ${why}` });
    }
  }
}

/**
 * The map text of a generated file, or undefined when it has none that can be read locally. Throws when the
 * map it names is unusable (malformed URL, not a regular file, too large); a map that is simply absent is not.
 */
function readMapFor(absolute: string, base: string): string | undefined {
  const url = mapUrlOf(absolute);
  if (url?.startsWith('data:')) {
    const comma = url.indexOf(',');
    const payload = url.slice(comma + 1);
    if (/;base64$/i.test(url.slice(0, comma))) return Buffer.from(payload, 'base64').toString('utf8');
    if (payload.length > MAX_SOURCE_MAP_BYTES) throw new UnreadableFileError('inline source map too large; not read');
    return decodeURIComponent(payload);
  }
  // A remote map (http:, https:, //host) is never fetched: a scanner must not reach out on its own.
  const candidates =
    url && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)
      ? [path.resolve(path.dirname(absolute), decodeURI(url.split(/[?#]/)[0]!))]
      : [];
  candidates.push(`${absolute}.map`);
  let unusable: unknown;
  for (const candidate of candidates) {
    try {
      // The bundle chooses the name: a map outside the folder scanned (`/proc/self/environ`, `../../../.ssh/x`, or
      // through a linked folder) is not read, as the walk itself reads nothing outside it.
      if (!isInside(base, candidate)) throw new UnreadableFileError('outside the folder scanned; not read');
      return readRegularFile(candidate, MAX_SOURCE_MAP_BYTES).toString('utf8');
    } catch (error) {
      // No such map: try the next candidate. Any other failure is reported if no candidate can be read.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') unusable ??= error;
    }
  }
  if (unusable) throw unusable;
  return undefined;
}

/** Whether `file`, its folders' links resolved, lies in `base`; a file that is not there is judged by its name. */
function isInside(base: string, file: string): boolean {
  const real = (at: string) => {
    try {
      return fs.realpathSync.native(fsPath(at));
    } catch {
      return path.resolve(at);
    }
  };
  const root = real(base);
  const at = path.join(real(path.dirname(file)), path.basename(file));
  return at.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

function mapUrlOf(absolute: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(fsPath(absolute), 'r');
    const size = fs.fstatSync(fd).size;
    const tail = Buffer.alloc(Math.min(TAIL_BYTES, size));
    fs.readSync(fd, tail, 0, tail.length, size - tail.length);
    return MAP_URL.exec(tail.toString('utf8').trimEnd())?.[1];
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
