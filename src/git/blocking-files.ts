// git opens every .gitignore and .gitattributes of a work tree with a plain open(2): one that is a FIFO makes git
// wait for a writer for ever, and keylint with it. So do the files a repository's own config names (an include, an
// excludes or attributes file). These helpers find such a file once git has been slow.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fsPath } from '../name-bytes.js';

/** Names git reads in every folder it walks or diffs. */
const READ_IN_EVERY_FOLDER = new Set(['.gitignore', '.gitattributes']);
/** Files of the git directory git reads beside them, as `git rev-parse --git-path` names them. */
export const READ_FROM_GIT_DIR = ['info/exclude', 'info/attributes'];

/** True for a FIFO, socket or device: a file whose open or read can block for ever, or never end. */
function isSpecial(stat: fs.Stats | fs.Dirent): boolean {
  return stat.isFIFO() || stat.isSocket() || stat.isCharacterDevice() || stat.isBlockDevice();
}

/**
 * The first .gitignore or .gitattributes of the work tree at `top` (or of `gitFiles`, absolute: info/exclude and
 * info/attributes) that is a FIFO or a device, relative to `top`; undefined when there is none (then git is merely
 * slow). Walks the whole work tree: it runs only after git has been waiting, never on the way of a healthy scan.
 */
export function findBlockingFile(top: string, gitFiles: string[]): string | undefined {
  for (const file of gitFiles) {
    try {
      if (isSpecial(fs.statSync(file))) return path.relative(top, file).split(path.sep).join('/');
    } catch {
      // Absent: git reads nothing there.
    }
  }
  const pending = [''];
  for (let relative = pending.pop(); relative !== undefined; relative = pending.pop()) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(fsPath(path.join(top, relative)), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== '.git') pending.push(child);
      } else if (READ_IN_EVERY_FOLDER.has(entry.name) && isSpecial(entry)) return child;
    }
  }
  return undefined;
}

/** Reads the file-naming keys of one config file, without following its includes: `[key, value]` pairs. */
export type ConfigPathReader = (configFile: string) => Array<[string, string]>;

/**
 * Config keys naming a file git opens: includes on every call, excludes and attributes files on a walk or diff. Its
 * source is also git's `--get-regexp` pattern (POSIX extended: no `(?:`).
 */
export const CONFIG_PATH_KEYS = /^(include|includeif\..*)\.path$|^core\.(excludesfile|attributesfile)$/;

/** git's own limit on nested includes. */
const MAX_INCLUDE_DEPTH = 10;

/**
 * The first FIFO or device in the git directory of the repository around `cwd` (its config, index, packed-refs,
 * commondir, alternates or an object: git makes none of them, and waits on each), else the first file that its config
 * names (followed through its includes), as `<file> (<key> in <config file>)`; undefined when there is none. Found
 * without a git call that reads the repository, which would itself wait.
 */
export function findBlockingRepoFile(cwd: string, readPaths: ConfigPathReader): string | undefined {
  const repo = gitDirOf(cwd);
  if (!repo) return undefined;
  const folders = gitFoldersOf(repo.gitDir);
  for (const folder of folders) {
    const found = findBlockingIn(folder);
    if (found !== undefined) return path.relative(repo.top, found) || found;
  }
  const pending = [path.join(folders.at(-1)!, 'config'), path.join(repo.gitDir, 'config.worktree')].map((file) => ({
    file,
    depth: 0,
  }));
  const seen = new Set<string>();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (seen.has(next.file) || !isRegular(next.file)) continue;
    seen.add(next.file);
    for (const [key, value] of readPaths(next.file)) {
      const include = !key.startsWith('core.');
      // git resolves an include against the file that names it, an excludes or attributes file against the top level.
      const named = resolveConfigPath(value, include ? path.dirname(next.file) : repo.top);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(named);
      } catch {
        continue;
      }
      if (isSpecial(stat)) return `${named} (${key} in ${path.relative(repo.top, next.file) || next.file})`;
      if (include && next.depth < MAX_INCLUDE_DEPTH) pending.push({ file: named, depth: next.depth + 1 });
    }
  }
  return undefined;
}

/** The git directory and top level around `cwd`, found as git finds them (a `.git` folder or `gitdir:` file, or bare). */
function gitDirOf(cwd: string): { gitDir: string; top: string } | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const dotGit = path.join(dir, '.git');
    try {
      const stat = fs.statSync(dotGit);
      if (stat.isDirectory()) return { gitDir: dotGit, top: dir };
      // A FIFO at .git would block this read: git itself takes only a regular file for a `gitdir:` pointer.
      if (!stat.isFile()) return undefined;
      const pointer = /^gitdir: (.+)$/m.exec(fs.readFileSync(dotGit, 'utf8'))?.[1];
      if (pointer) return { gitDir: path.resolve(dir, pointer.trim()), top: dir };
    } catch {
      // No .git here: a bare repository, or further up.
    }
    if (isRegular(path.join(dir, 'HEAD')) && isRegular(path.join(dir, 'config'))) return { gitDir: dir, top: dir };
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The git directory, then the common one a linked work tree shares (where the config is), when there is one. */
function gitFoldersOf(gitDir: string): string[] {
  const commondir = path.join(gitDir, 'commondir');
  // A commondir that is a FIFO is reported by the walk of the git directory, never read here.
  if (!isRegular(commondir)) return [gitDir];
  return [gitDir, path.resolve(gitDir, fs.readFileSync(commondir, 'utf8').trim())];
}

/**
 * The first FIFO or device under `folder`. Sockets are left alone: git's fsmonitor daemon keeps one there, and opening
 * a socket fails at once rather than waiting.
 */
function findBlockingIn(folder: string): string | undefined {
  const pending = [folder];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const at = path.join(dir, entry.name);
      if (entry.isDirectory()) pending.push(at);
      else if (entry.isFIFO() || entry.isCharacterDevice() || entry.isBlockDevice()) return at;
    }
  }
  return undefined;
}

function resolveConfigPath(value: string, relativeTo: string): string {
  if (value === '~' || value.startsWith('~/')) return path.join(os.homedir(), value.slice(1));
  return path.resolve(relativeTo, value);
}

function isRegular(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** How long git may run before keylint looks for a file it could be waiting on. */
export const STALL_MS = 2000;

/** The one-line message for a git process stopped because of `file`. */
export function blockedMessage(file: string): string {
  return `${file}: not a regular file (a FIFO or device); git would wait on it for ever, so keylint stopped. Remove it`;
}
