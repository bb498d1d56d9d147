// Writing a report or baseline where the user asked, and nowhere else. keylint often runs inside the
// repository it scans, whose author can plant symbolic links at any name in it: at the output's name, at a
// temp name next to it, or at a folder on the way (`reports -> /etc`). A link is never written through into a
// regular file, and a link the repository holds is never followed out of it.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';
import { repositoryRoot } from './repository-root.js';

const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = fs.constants;

/** The process's own descriptors by name: the user means them, wherever they lead (a pipe, a socket, a file). */
const OWN_DESCRIPTOR = /^\/(?:dev\/(stdout|stderr|fd\/(\d+))|proc\/self\/fd\/(\d+))$/;

/**
 * Writes `text` to `file`. A regular file (or a new one) is replaced atomically: the text goes to a temp file
 * created exclusively under a random name without following links, then renamed over `file`, so a failed write
 * never leaves a truncated file and a symbolic link at `file` is replaced, not followed. Anything else (a
 * device such as /dev/null, a FIFO, a socket, /dev/stdout) is written into directly and never replaced, unless
 * a link the repository holds leads there. A folder on the way that is such a link, leading out, is refused.
 */
export function writeFileAtomic(file: string, text: string): void {
  try {
    if (writeIntoOwn(file, text)) return;
    if (linkHeldByRepository(file) || !writeIntoSpecial(file, text)) replaceRegular(file, text);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** Writes to the descriptor `file` names when it names one of our own; false otherwise. */
function writeIntoOwn(file: string, text: string): boolean {
  const own = OWN_DESCRIPTOR.exec(path.resolve(file));
  if (!own) return false;
  // Written to the descriptor itself: a socket or a pipe (a child's stdout) cannot be opened again by name.
  const fd = own[1] === 'stdout' ? 1 : own[1] === 'stderr' ? 2 : Number(own[2] ?? own[3]);
  if (fd === 1) process.stdout.write(text);
  else if (fd === 2) process.stderr.write(text);
  else fs.writeFileSync(fd, text);
  return true;
}

/** Writes into `file` when it exists and is no regular file; false otherwise. */
function writeIntoSpecial(file: string, text: string): boolean {
  let target: fs.Stats;
  try {
    target = fs.statSync(file);
  } catch {
    return false;
  }
  if (target.isFile() || target.isDirectory()) return false;
  // Checked again on the open descriptor: the name may have been swapped for a regular file since stat.
  // A FIFO waits for its reader here, as any writer to it does.
  const fd = fs.openSync(file, O_WRONLY);
  try {
    if (fs.fstatSync(fd).isFile()) return false;
    fs.writeFileSync(fd, text);
    return true;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Follows `file`'s path as the system will, and refuses it when a folder on the way is a symbolic link inside the
 * repository keylint runs in (or the working directory, outside one) that leads out of it: the repository's author
 * can commit `reports -> /etc`, not choose the output name, so `-o reports/x.json` must not land in /etc. Links
 * outside the repository are the machine's (`/tmp -> /private/tmp`) and are followed. Returns whether the name
 * itself is a link the repository holds: that one is replaced like any link, never followed (to a device either:
 * a committed `report.json -> /dev/sda` must not be written into).
 */
function linkHeldByRepository(file: string): boolean {
  const cwd = process.cwd();
  const untrusted = fs.realpathSync.native(repositoryRoot(cwd) ?? cwd);
  const inside = (real: string) => real === untrusted || real.startsWith(untrusted + path.sep);
  const parts = file.split(path.sep).filter((part) => part !== '' && part !== '.');
  let at = path.isAbsolute(file) ? path.sep : fs.realpathSync.native(cwd);
  for (const [index, part] of parts.entries()) {
    // `at` is always a real folder, so `..` is its parent, as the system resolves it.
    const next = part === '..' ? path.dirname(at) : path.join(at, part);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(next);
    } catch {
      return false; // Nothing there: nothing to follow (writing says what is missing).
    }
    if (!stat.isSymbolicLink()) {
      at = next;
      continue;
    }
    if (index === parts.length - 1) return inside(at);
    let target: string;
    try {
      target = fs.realpathSync.native(next);
    } catch {
      return false; // A dangling or looping link: the write fails on it.
    }
    if (inside(at) && !inside(target))
      throw new Error(
        `${path.relative(cwd, next) || next} is a symbolic link in the repository to ${target}; name the real folder`,
      );
    at = target;
  }
  return false;
}

/** Temp file + rename; the temp is created exclusively (never an existing file or link) under a random name. */
function replaceRegular(file: string, text: string): void {
  const dir = path.dirname(path.resolve(file));
  let temp = '';
  let fd: number | undefined;
  for (let attempt = 0; fd === undefined; attempt++) {
    temp = path.join(dir, `.${path.basename(file)}.${randomBytes(8).toString('hex')}.tmp`);
    try {
      fd = fs.openSync(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o666);
    } catch (error) {
      // Only a name taken by someone else is worth another try; any other failure is the answer.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 8) throw error;
    }
  }
  try {
    try {
      fs.writeFileSync(fd, text);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
