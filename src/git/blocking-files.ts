// git opens every .gitignore and .gitattributes of a work tree with a plain open(2): one that is a FIFO makes git
// wait for a writer for ever, and keylint with it. These helpers find such a file once git has been slow.
import fs from 'node:fs';
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

/** How long git may run before keylint looks for a file it could be waiting on. */
export const STALL_MS = 2000;

/** The one-line message for a git process stopped because of `file`. */
export function blockedMessage(file: string): string {
  return `${file}: not a regular file (a FIFO or device); git would wait on it for ever, so keylint stopped. Remove it`;
}
