// The working-tree source: files under the given paths, honouring .gitignore unless told not to.
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { describeSystemError } from '../errors.js';
import type { Item, ScanNote, Source } from '../types.js';

/** Options of the working-tree walk. */
export interface FileSourceOptions {
  /** Files and directories to scan. */
  paths: string[];
  /** Directory that display paths are relative to. */
  base: string;
  /** Honour .gitignore files. Default: true. */
  useGitignore: boolean;
  /** Excludes a file by its absolute path (config allowlists). */
  isExcluded?: (absolute: string) => boolean;
}

// Never worth scanning: git's own object store holds compressed history (`keylint git` reads it properly).
const ALWAYS_SKIPPED = ['**/.git/**'];

/** Walks the paths with fast-glob; symbolic links are not followed, so link loops cannot trap the walk. */
export function fileSource(options: FileSourceOptions): Source {
  return {
    async *items(notes: ScanNote[]): AsyncIterable<Item> {
      for (const target of options.paths) {
        const absolute = path.resolve(target);
        let stat: fs.Stats;
        try {
          stat = fs.lstatSync(absolute);
        } catch (error) {
          notes.push({ file: displayPath(options.base, absolute), reason: describeSystemError(error) });
          continue;
        }
        if (stat.isFile()) {
          yield fileItem(absolute, displayPath(options.base, absolute), stat.size);
        } else if (stat.isDirectory()) {
          yield* walkDirectory(absolute, options, notes);
        } else {
          notes.push({ file: displayPath(options.base, absolute), reason: 'not a regular file or directory' });
        }
      }
    },
  };
}

async function* walkDirectory(root: string, options: FileSourceOptions, notes: ScanNote[]): AsyncIterable<Item> {
  const reportingFs = reportingReaddir(root, options.base, notes);
  const ignored = options.useGitignore ? await loadGitignores(root, reportingFs) : undefined;
  const stream = fg.stream('**', {
    cwd: root,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: ALWAYS_SKIPPED,
    suppressErrors: true,
    fs: reportingFs,
  }) as AsyncIterable<string>;
  // No stats here: readdir's entry types tell files apart, and a stat per file would double the walk's cost.
  for await (const relative of stream) {
    if (ignored?.(relative)) continue;
    const absolute = path.join(root, relative);
    const display = displayPath(options.base, absolute);
    if (options.isExcluded?.(absolute)) continue;
    yield fileItem(absolute, display);
  }
}

/** A file as an item: small files are read whole, large ones streamed (size is read when not given). */
export function fileItem(absolute: string, display: string, size?: number): Item {
  return {
    path: display,
    file: absolute,
    size,
    read: () => fs.promises.readFile(absolute),
    stream: () => fs.createReadStream(absolute, { highWaterMark: 1024 * 1024 }),
  };
}

/** Path relative to `base` with forward slashes; outside `base`, the path as resolved. */
export function displayPath(base: string, absolute: string): string {
  const relative = path.relative(base, absolute);
  const shown = relative === '' ? path.basename(absolute) : relative.startsWith('..') ? absolute : relative;
  return shown.split(path.sep).join('/');
}

/**
 * Every .gitignore under `root`, each applied to the paths below its own folder as git does.
 * Returns a predicate over paths relative to `root`.
 */
async function loadGitignores(root: string, fsAdapter: Partial<fg.FileSystemAdapter>): Promise<(relative: string) => boolean> {
  const files = await fg('**/.gitignore', { cwd: root, dot: true, followSymbolicLinks: false, ignore: ALWAYS_SKIPPED, suppressErrors: true, fs: fsAdapter });
  const rules: Array<{ dir: string; ig: Ignore }> = [];
  for (const file of files.sort()) {
    try {
      const ig = ignore().add(fs.readFileSync(path.join(root, file), 'utf8'));
      rules.push({ dir: path.posix.dirname(file), ig });
    } catch {
      // An unreadable .gitignore ignores nothing; the files it would hide are still scanned.
    }
  }
  return (relative) =>
    rules.some(({ dir, ig }) => {
      if (dir === '.') return ig.ignores(relative);
      return relative.startsWith(`${dir}/`) && ig.ignores(relative.slice(dir.length + 1));
    });
}

/** fast-glob's fs with readdir wrapped, so that an unreadable directory becomes a note, not a silent gap. */
function reportingReaddir(root: string, base: string, notes: ScanNote[]): Partial<fg.FileSystemAdapter> {
  const reported = new Set<string>();
  const readdir = ((dir: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries: unknown) => void) => {
    (fs.readdir as (d: string, o: unknown, cb: typeof callback) => void)(dir, options, (error, entries) => {
      if (error && !reported.has(dir)) {
        reported.add(dir);
        notes.push({ file: displayPath(base, path.resolve(root, dir)), reason: `directory not scanned: ${describeSystemError(error)}` });
      }
      callback(error, entries);
    });
  }) as unknown as fg.FileSystemAdapter['readdir'];
  return { readdir };
}
