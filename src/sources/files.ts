// The working-tree source: files under the given paths, honouring .gitignore unless told not to.
import fs from 'node:fs';
import path from 'node:path';
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

/** Walks the paths; symbolic links are not followed, so link loops cannot trap the walk. */
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

/** A directory to read: its path relative to the walk's root and the .gitignore files above it. */
interface PendingDirectory {
  relative: string;
  ignores: GitignoreFile[];
}

/** One .gitignore: its rules apply to paths below its own folder (`base`, relative to the root). */
interface GitignoreFile {
  base: string;
  rules: Ignore;
}

/**
 * Walks depth first and yields files as it goes. No stat per file: readdir's entry types tell files apart.
 * Ignored directories are pruned, never read, as git does (a file inside an ignored directory cannot be
 * re-included). Directories are read synchronously: an async readdir cost twice the CPU, on the thread
 * that also feeds the workers, and the walk is paced by the scan anyway.
 */
async function* walkDirectory(root: string, options: FileSourceOptions, notes: ScanNote[]): AsyncIterable<Item> {
  const shownRoot = displayPath(options.base, root);
  const atBase = path.resolve(options.base) === root;
  const show = (relative: string) => (atBase ? relative : `${shownRoot}/${relative}`);
  const pending: PendingDirectory[] = [{ relative: '', ignores: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { relative, ignores } = next;
    const dir = relative === '' ? root : path.join(root, relative);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      notes.push({ file: relative === '' ? shownRoot : show(relative), reason: `directory not scanned: ${describeSystemError(error)}` });
      continue;
    }
    const here = options.useGitignore && entries.some((e) => e.name === '.gitignore' && e.isFile()) ? [...ignores, readGitignore(dir, relative)] : ignores;
    for (const entry of entries) {
      const isDirectory = entry.isDirectory();
      if (isDirectory && entry.name === '.git') continue; // git's object store: `keylint git` reads it properly
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (here.length > 0 && isIgnored(here, child, isDirectory)) continue;
      if (isDirectory) {
        pending.push({ relative: child, ignores: here });
      } else if (entry.isFile()) {
        const absolute = `${dir}/${entry.name}`;
        if (!options.isExcluded?.(absolute)) yield fileItem(absolute, show(child));
      }
    }
  }
}

/** Whether any .gitignore above `relative` ignores it (directories are tested with a trailing slash). */
function isIgnored(ignores: GitignoreFile[], relative: string, isDirectory: boolean): boolean {
  return ignores.some(({ base, rules }) => {
    const inside = base === '' ? relative : relative.slice(base.length + 1);
    return rules.ignores(isDirectory ? `${inside}/` : inside);
  });
}

function readGitignore(dir: string, base: string): GitignoreFile {
  try {
    return { base, rules: ignore().add(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')) };
  } catch {
    // An unreadable .gitignore ignores nothing; the files it would hide are still scanned.
    return { base, rules: ignore() };
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
