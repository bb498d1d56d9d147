// The working-tree source: files under the given paths, honouring .gitignore unless told not to.
import fs from 'node:fs';
import path from 'node:path';
import { describeSystemError } from '../errors.js';
import { runGitSync } from '../git/exec.js';
import picomatch from 'picomatch';
import { MAX_IGNORE_DEPTH, isIgnored, readGitignore, type GitignoreFile } from './gitignore.js';
import { decodeName, fsPath } from '../name-bytes.js';
import { reencodedBlobs } from './reencoded.js';
import type { Item, ScanNote, Source } from '../types.js';

/** How the working tree is walked: plain data, so that detection workers can walk it too. */
export interface WalkOptions {
  /** Directory that display paths are relative to. */
  base: string;
  /** Honour .gitignore files. */
  useGitignore: boolean;
  /** Config allowlist globs, relative to `base` of their own: files they match are not scanned. */
  exclude?: { globs: string[]; base: string };
}

/** Options of the working-tree walk. */
export interface FileSourceOptions extends WalkOptions {
  /** Files and directories to scan. */
  paths: string[];
}

/** A directory still to walk, as plain data (it crosses to detection workers). */
export interface WalkDir {
  /** The walk's root, absolute. */
  root: string;
  /** The directory, relative to the root ('' for the root itself). */
  relative: string;
  /** Folders (relative to the root) whose .gitignore applies below them, outermost first. */
  ignoreBases: string[];
}

/** The working tree as directories that can be walked apart (by workers) and the items besides them. */
export interface TreePlan {
  walk: WalkOptions;
  dirs: WalkDir[];
  /** File targets, and notes for targets that are neither files nor directories. */
  rest: Source;
}

/** A working tree: a source that can also hand its directories to detection workers to walk themselves. */
export interface TreeSource extends Source {
  plan(): TreePlan;
}

const LINKED_FOLDER_NOTE =
  "symbolic link where git's index has a folder: the files listed beneath it are outside the tree; not read";

/**
 * The folders of a git listing that are symbolic links in the work tree. git lists index entries (`sub/a.env`) from
 * its index, and a work tree handed over can hold a link where the index has a folder (`sub -> ~/.aws`): opening the
 * listed path would read a file outside the folder scanned. git itself treats such an entry as deleted.
 */
class LinkedFolders {
  private readonly isLink = new Map<string, boolean>();
  private readonly noted = new Set<string>();

  constructor(private readonly root: string) {}

  /** The first leading folder of `relative` that is a link, relative to the root. */
  leadingLink(relative: string): string | undefined {
    for (let at = relative.indexOf('/'); at !== -1; at = relative.indexOf('/', at + 1)) {
      const folder = relative.slice(0, at);
      let link = this.isLink.get(folder);
      if (link === undefined) {
        try {
          link = fs.lstatSync(fsPath(path.join(this.root, folder))).isSymbolicLink();
        } catch {
          link = false; // Absent, or a file: the entry's own lstat fails.
        }
        this.isLink.set(folder, link);
      }
      if (link) return folder;
    }
    return undefined;
  }

  /** True the first time `folder` is asked about: one note per link. */
  firstSeen(folder: string): boolean {
    if (this.noted.has(folder)) return false;
    this.noted.add(folder);
    return true;
  }
}

/** Walks the paths; symbolic links are not followed, so link loops cannot trap the walk. */
export function fileSource(options: FileSourceOptions): TreeSource {
  const walk: WalkOptions = { base: options.base, useGitignore: options.useGitignore, exclude: options.exclude };
  const plan = (): TreePlan => {
    const notes: ScanNote[] = [];
    const found = options.paths.flatMap((target) => {
      const absolute = path.resolve(target);
      try {
        const stat = fs.lstatSync(fsPath(absolute));
        if (stat.isFile() || stat.isDirectory()) return [{ absolute, stat }];
        notes.push({ file: displayPath(options.base, absolute), reason: 'not a regular file or directory' });
      } catch (error) {
        notes.push({ file: displayPath(options.base, absolute), reason: describeSystemError(error) });
      }
      return [];
    });
    // Inside a git work tree git's own list decides, as git does: a tracked file is scanned even when a later
    // .gitignore lists it (the classic committed .env), and .git/info/exclude is honoured. Elsewhere, the walk.
    const listed = new Map<string, GitFileList>();
    if (options.useGitignore) {
      for (const { absolute, stat } of found) {
        const list = stat.isDirectory() ? gitFileList(absolute) : undefined;
        if (!list) continue;
        listed.set(absolute, list);
        for (const folder of list.dependencyFolders)
          notes.push({ file: displayPath(options.base, path.join(absolute, folder)), reason: DEPENDENCY_NOTE });
      }
    }
    const excluded = options.exclude ? excluder(options.exclude) : () => false;
    return {
      walk,
      dirs: found
        .filter((t) => t.stat.isDirectory() && !listed.has(t.absolute))
        .map((t) => ({ root: t.absolute, relative: '', ignoreBases: [] })),
      rest: {
        async *items(sink: ScanNote[]): AsyncIterable<Item> {
          sink.push(...notes);
          for (const { absolute, stat } of found)
            if (stat.isFile()) yield fileItem(absolute, displayPath(options.base, absolute), stat.size);
          const pending = [...listed];
          for (let next = pending.shift(); next; next = pending.shift()) {
            const [root, { files, reencoded }] = next;
            const absent: string[] = [];
            const links = new LinkedFolders(root);
            for (const relative of files) {
              const absolute = path.join(root, relative);
              if (excluded(absolute)) continue;
              const link = links.leadingLink(relative);
              if (link !== undefined) {
                if (links.firstSeen(link))
                  sink.push({ file: displayPath(options.base, path.join(root, link)), reason: LINKED_FOLDER_NOTE });
                continue;
              }
              let stat: fs.Stats;
              try {
                stat = fs.lstatSync(fsPath(absolute));
              } catch {
                // Deleted in the work tree but not yet in the index: nothing to read. Or outside a sparse checkout.
                absent.push(relative);
                continue;
              }
              // Links are not followed (as in the walk). A folder is a submodule: checked out, it is its own work
              // tree, listed by its own git (files git lists there are on disk, in the checkout scanned). One not
              // checked out is an empty folder with no .git, where git answers for the outer repository and lists
              // the folder itself (`./`) again: listing it looped for ever.
              const blob = reencoded.get(relative);
              if (blob !== undefined && stat.isFile()) yield indexItem(root, blob, displayPath(options.base, absolute));
              else if (stat.isFile()) yield fileItem(absolute, displayPath(options.base, absolute), stat.size);
              else if (stat.isDirectory() && fs.existsSync(fsPath(path.join(absolute, '.git')))) {
                const list = gitFileList(absolute);
                if (!list) continue;
                pending.push([absolute, list]);
                for (const folder of list.dependencyFolders)
                  sink.push({ file: displayPath(options.base, path.join(absolute, folder)), reason: DEPENDENCY_NOTE });
              }
            }
            const sparse = absent.length > 0 ? outsideSparseCheckout(root, absent) : 0;
            if (sparse > 0) sink.push({ file: displayPath(options.base, root), reason: sparseNote(sparse) });
          }
        },
      },
    };
  };
  return {
    // On this thread: the file targets, then every directory walked here.
    async *items(notes: ScanNote[]): AsyncIterable<Item> {
      const { dirs, rest } = plan();
      yield* rest.items(notes);
      for (const file of new TreeWalk(walk).files(dirs, notes)) yield fileItem(file.absolute, file.display);
    },
    plan,
  };
}

/** What git lists under a folder: see gitFileList. */
interface GitFileList {
  files: string[];
  dependencyFolders: string[];
  /** Tracked files git re-encodes on checkout, with the blob that holds them as committed (see reencoded.ts). */
  reencoded: Map<string, string>;
}

/**
 * What git lists under `dir`: tracked files and untracked ones it does not ignore, less dependency folders
 * (named apart, for the notes); undefined outside a work tree.
 */
function gitFileList(dir: string): GitFileList | undefined {
  // The repository's config can put its work tree elsewhere (core.worktree, in a .git handed over with the folder):
  // then git lists that other folder's untracked files, and this folder's went unscanned. Walked instead.
  if (runGitSync(dir, ['rev-parse', '--is-inside-work-tree'])?.toString('utf8').trim() !== 'true') return undefined;
  // `-t` tags each name: `? ` for untracked, another letter for tracked (`H `, `S `, …).
  const out = runGitSync(dir, ['ls-files', '-z', '-t', '--cached', '--others', '--exclude-standard', '--deduplicate']);
  if (out === undefined) return undefined;
  // Names are bytes: one that is not UTF-8 keeps them (src/name-bytes.ts), else it could not be opened.
  const entries = decodeName(out)
    .split('\0')
    .filter((entry) => entry.length > 2);
  const files = entries.map((entry) => entry.slice(2));
  // A folder the user names is scanned even when its repository ignores it (`keylint scan dist`): then the walk.
  // The top level is never ignored, though git check-ignore says a `*` line matches `.` there: a .gitignore of `*`
  // (or one that lists what it keeps, `*` then `!src/`) had every file walked past, tracked ones too.
  if (files.length === 0) return undefined;
  if (runGitSync(dir, ['check-ignore', '-q', '--no-index', '--', '.']) !== undefined) {
    const prefix = runGitSync(dir, ['rev-parse', '--show-prefix'])?.toString('utf8').trim();
    if (prefix !== '') return undefined;
  }
  // Only untracked files are left to the dependency-folder skip: a committed `node_modules/` ships with every clone
  // (an Action's bundle, a vendored SDK), and a key a pull request commits there was skipped with a note, exit 0.
  const untracked = withoutDependencyFolders(entries.filter((entry) => entry[0] === '?').map((e) => e.slice(2)));
  const tracked = entries.filter((entry) => entry[0] !== '?').map((entry) => entry.slice(2));
  return {
    files: [...tracked, ...untracked.files],
    dependencyFolders: untracked.dependencyFolders,
    reencoded: reencodedBlobs(dir, tracked),
  };
}

/** A tracked file as git stores it: its blob in the index, read from `root`'s repository. */
function indexItem(root: string, blob: string, display: string): Item {
  return {
    path: display,
    read: async () => {
      const content = runGitSync(root, ['cat-file', 'blob', blob]);
      if (content === undefined) throw Object.assign(new Error('vanished before it could be read'), { code: 'ENOENT' });
      return content;
    },
  };
}

/**
 * The files outside dependency folders, and the outermost dependency folders that held the rest. A fresh
 * project (git init, npm install, no .gitignore yet) has thousands of files there that git lists as untracked;
 * the walk outside a work tree skips the same folders (DEPENDENCY_FOLDERS).
 */
function withoutDependencyFolders(files: string[]): { files: string[]; dependencyFolders: string[] } {
  const kept: string[] = [];
  const folders = new Set<string>();
  for (const file of files) {
    // Most lists hold no such folder: one substring search per path before the regular expression.
    const match =
      (file.includes('node_modules/') ||
        file.includes('bower_components/') ||
        file.includes('jspm_packages/') ||
        file.includes('.venv/')) &&
      outermost(file);
    if (match) folders.add(match);
    else kept.push(file);
  }
  return { files: kept, dependencyFolders: [...folders].sort() };
}

/**
 * How many of `absent` (tracked files missing from the work tree) a sparse checkout left out: git's `S` tag. They are
 * committed, and a key in one ships with every full clone; a sparse CI checkout skipped them without a word.
 */
function outsideSparseCheckout(dir: string, absent: string[]): number {
  const out = runGitSync(dir, ['ls-files', '-z', '-t', '--cached']);
  if (out === undefined) return 0;
  const wanted = new Set(absent);
  return decodeName(out)
    .split('\0')
    .filter((entry) => entry.startsWith('S ') && wanted.has(entry.slice(2))).length;
}

function sparseNote(count: number): string {
  const files = count === 1 ? '1 tracked file is' : `${count} tracked files are`;
  return `${files} outside the sparse checkout, not in the work tree: not scanned (\`keylint git\` reads them from history)`;
}

/** The outermost dependency folder on `file`'s path, if any (`a/node_modules/b/node_modules/c` → `a/node_modules`). */
function outermost(file: string): string | undefined {
  const segments = file.split('/');
  for (let i = 0; i < segments.length - 1; i++)
    if (DEPENDENCY_FOLDERS.has(segments[i]!)) return segments.slice(0, i + 1).join('/');
  return undefined;
}

/** A file the walk found: where it is, and how reports name it. */
export interface WalkedFile {
  absolute: string;
  display: string;
}

/** Matchers of config allowlists, built once per list: workers rebuild them for every walk they are sent. */
const excluders = new Map<string, (absolute: string) => boolean>();

function excluder(exclude: { globs: string[]; base: string }): (absolute: string) => boolean {
  const key = JSON.stringify(exclude);
  let found = excluders.get(key);
  if (!found) {
    const matches = picomatch(exclude.globs, { dot: true });
    excluders.set(key, (found = (absolute) => matches(relativeTo(exclude.base, absolute))));
  }
  return found;
}

/**
 * Installed dependencies, skipped like ignored folders unless --no-ignore: their files are other projects' (a
 * fresh project without a .gitignore has thousands there, keylint's own rule files among them).
 */
const DEPENDENCY_FOLDERS = new Set(['node_modules', 'bower_components', 'jspm_packages', '.venv']);

const DEPENDENCY_NOTE = 'dependency folder not scanned (--no-ignore scans it)';

/**
 * A depth-first walk that can stop after so many files and go on elsewhere: what is left is plain data.
 * No stat per file: readdir's entry types tell files apart. Ignored directories are pruned, never read,
 * as git does (a file inside an ignored directory cannot be re-included). Directories are read
 * synchronously: an async readdir cost twice the CPU, and the walk is paced by the scan anyway.
 */
export class TreeWalk {
  private readonly gitignores = new Map<string, GitignoreFile>();
  private readonly excluded: ((absolute: string) => boolean) | undefined;

  constructor(private readonly options: WalkOptions) {
    this.excluded = options.exclude && options.exclude.globs.length > 0 ? excluder(options.exclude) : undefined;
  }

  /** Every file under the `pending` directories, depth first. */
  *files(pending: WalkDir[], notes: ScanNote[]): Generator<WalkedFile> {
    while (pending.length > 0) yield* this.nextDirectory(pending, notes);
  }

  /**
   * Reads the last pending directory: its files, with its subdirectories pushed onto `pending`. A plain
   * function, not a generator: workers call it in their hottest loop, and generators optimise slowly.
   */
  nextDirectory(pending: WalkDir[], notes: ScanNote[]): WalkedFile[] {
    const next = pending.pop();
    if (!next) return [];
    const { root, relative } = next;
    const show = this.display(root);
    const dir = relative === '' ? root : path.join(root, relative);
    let entries: fs.Dirent[];
    try {
      entries = readEntries(dir);
    } catch (error) {
      notes.push({ file: show(relative), reason: `directory not scanned: ${describeSystemError(error)}` });
      return [];
    }
    const ownIgnore = this.options.useGitignore && entries.some((e) => e.name === '.gitignore' && e.isFile());
    const ignoreBases = ownIgnore ? [...next.ignoreBases, relative] : next.ignoreBases;
    // Each .gitignore is read by every walker that needs it, but its problems are told once: by its own folder.
    if (ownIgnore) {
      const own = show(relative === '' ? '.gitignore' : `${relative}/.gitignore`);
      for (const reason of this.gitignore(root, relative).problems) notes.push({ file: own, reason });
    }
    const tooDeep = ignoreBases.length > 0 && depthOf(relative) >= MAX_IGNORE_DEPTH;
    if (tooDeep && depthOf(relative) === MAX_IGNORE_DEPTH) {
      const reason = `deeper than ${MAX_IGNORE_DEPTH} levels: .gitignore not applied below`;
      notes.push({ file: show(relative), reason });
    }
    const ignores = tooDeep ? [] : ignoreBases.map((base) => this.gitignore(root, base));
    const files: WalkedFile[] = [];
    for (const entry of entries) {
      const isDirectory = entry.isDirectory();
      if (isDirectory && entry.name === '.git') continue; // git's object store: `keylint git` reads it properly
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (ignores.length > 0 && isIgnored(ignores, child, isDirectory)) continue;
      if (isDirectory && this.options.useGitignore && DEPENDENCY_FOLDERS.has(entry.name)) {
        notes.push({ file: show(child), reason: DEPENDENCY_NOTE });
        continue;
      }
      if (isDirectory) {
        pending.push({ root, relative: child, ignoreBases });
      } else if (entry.isFile()) {
        const absolute = `${dir}/${entry.name}`;
        if (!this.excluded?.(absolute)) files.push({ absolute, display: show(child) });
      }
    }
    return files;
  }

  /** Display paths under `root`: relative to the base, with the root itself shown as the base shows it. */
  private display(root: string): (relative: string) => string {
    const shownRoot = displayPath(this.options.base, root);
    const atBase = path.resolve(this.options.base) === root;
    return (relative) => (relative === '' ? shownRoot : atBase ? relative : `${shownRoot}/${relative}`);
  }

  private gitignore(root: string, base: string): GitignoreFile {
    const file = path.join(root, base, '.gitignore');
    let found = this.gitignores.get(file);
    if (!found) this.gitignores.set(file, (found = readGitignore(file, base)));
    return found;
  }
}

/**
 * A directory's entries. Node decodes names as UTF-8 and a byte that is not becomes U+FFFD, a name that opens
 * nothing: a directory holding one is read again as bytes and its names kept as src/name-bytes.ts does.
 */
function readEntries(dir: string): fs.Dirent[] {
  const at = fsPath(dir);
  const entries = fs.readdirSync(at, { withFileTypes: true });
  if (!entries.some((entry) => entry.name.includes('\ufffd'))) return entries;
  return fs
    .readdirSync(at, { withFileTypes: true, encoding: 'buffer' })
    .map((entry) => Object.assign(entry, { name: decodeName(entry.name) }) as unknown as fs.Dirent);
}

/** A file as an item: small files are read whole, large ones streamed (size is read when not given). */
export function fileItem(absolute: string, display: string, size?: number): Item {
  const at = fsPath(absolute);
  return {
    path: display,
    file: absolute,
    size,
    read: () => fs.promises.readFile(at),
    stream: () => fs.createReadStream(at, { highWaterMark: 1024 * 1024 }),
  };
}

/** Directories in a walk-relative path ('' is the root, 0). */
function depthOf(relative: string): number {
  let depth = relative === '' ? 0 : 1;
  for (let i = relative.indexOf('/'); i !== -1; i = relative.indexOf('/', i + 1)) depth++;
  return depth;
}

/** `absolute` relative to `base` with forward slashes; the common case (inside `base`) without path.relative. */
function relativeTo(base: string, absolute: string): string {
  const inside = absolute.startsWith(base) && absolute[base.length] === path.sep;
  return (inside ? absolute.slice(base.length + 1) : path.relative(base, absolute)).split(path.sep).join('/');
}

/** Path relative to `base` with forward slashes; outside `base`, the path as resolved. */
export function displayPath(base: string, absolute: string): string {
  const relative = path.relative(base, absolute);
  const shown = relative === '' ? path.basename(absolute) : relative.startsWith('..') ? absolute : relative;
  return shown.split(path.sep).join('/');
}
