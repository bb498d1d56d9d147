// Every git process keylint starts: argument arrays only (never a shell), errors carry git's own words.
import type { ChildProcessByStdio, ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { UsageError } from '../errors.js';
import {
  blockedMessage,
  CONFIG_PATH_KEYS,
  findBlockingRepoFile,
  findBlockingFile,
  READ_FROM_GIT_DIR,
  STALL_MS,
} from './blocking-files.js';

/** git refused (not a repository, unknown revision…): a one-line message that starts with git's stderr. */
export class GitError extends UsageError {
  override name = 'GitError';
}

/** git was stopped because it waited on a FIFO or device: never to be read as an answer (no commits, no such ref). */
export class BlockedGitError extends GitError {
  override name = 'BlockedGitError';
}

// Output must not depend on the user's terminal, pager, locale or external diff tools.
// GIT_NO_LAZY_FETCH: a partial clone never fetches a missing object while it is scanned (git 2.45+;
// older gits get protocol.allow=never below).
// Objects are read as committed: a replace ref (refs/replace/<blob>) or a graft (.git/info/grafts) in a repository
// handed over showed a clean blob for one that holds a key, or cut a commit off from the history that holds one.
const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  LC_ALL: 'C',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_NO_LAZY_FETCH: '1',
  GIT_NO_REPLACE_OBJECTS: '1',
  GIT_GRAFT_FILE: os.devNull,
};

// Paths exactly as written (no octal escapes), and relative to the top level from any folder even where
// the user's config sets diff.relative (changes are read from the folder keylint runs in). Empty context
// lines keep their leading space whatever diff.suppressBlankEmpty says, so that patches rebuild files. Logs in
// UTF-8: a repository's i18n.logOutputEncoding=UTF-16 put NULs in every header line of `git log`, whose walk then
// met no commit and no blob (keylint git: no findings in 0 files, exit 0).
const OUTPUT_CONFIG = [
  '-c',
  'core.quotePath=false',
  '-c',
  'diff.relative=false',
  '-c',
  'diff.suppressBlankEmpty=false',
  '-c',
  'i18n.logOutputEncoding=UTF-8',
];

/**
 * The scanned repository's own config (.git/config) is not trusted: whoever handed over the folder wrote
 * it. These override the settings through which it could run a program or reach the network while keylint
 * only reads: an fsmonitor hook, a gpg.program run to show signatures, a pager, an order file or a mailmap read
 * as input, and any remote (a partial clone would fetch missing objects lazily). External diff drivers and
 * textconv filters are turned off by each diff and log call (`--no-ext-diff --no-textconv`).
 * System and global config stay in force: they belong to the machine and the user, who are trusted.
 */
export const SAFE_CONFIG = [
  '--no-pager',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'log.showSignature=false',
  '-c',
  'core.pager=cat',
  '-c',
  'diff.orderFile=/dev/null',
  '-c',
  'protocol.allow=never',
  // Authors are shown as committed. A mailmap.file of /dev/zero kept `git log` reading, and keylint waiting, for ever.
  '-c',
  'log.mailmap=false',
  '-c',
  'mailmap.file=',
  // Parents as committed: git takes them from .git/objects/info/commit-graph when there is one, and a graph handed
  // over with the repository that gave a commit another parent cut the commit adding a key out of `git log`. Walking
  // without it costs little (git log of axios's 6,234 commits, every ref, as keylint git runs it: 0.80-0.83 s with a
  // graph, 0.91-0.96 s without; the scan of their blobs takes longer).
  '-c',
  'core.commitGraph=false',
];

const GIT_CONFIG = [...SAFE_CONFIG, ...OUTPUT_CONFIG];

/**
 * Config for git processes that read a whole history: git maps pack files in windows of up to 1 GB (8 GB
 * in all) and caches 96 MB of delta bases, and mapped pages count in its resident memory. Small windows
 * and a smaller cache keep a multi-GB pack's scan in bounded memory at the same speed.
 */
export const BOUNDED_READS = [
  '-c',
  'core.packedGitWindowSize=16m',
  '-c',
  'core.packedGitLimit=64m',
  '-c',
  'core.deltaBaseCacheLimit=32m',
];

/** node:child_process, loaded where a git is first started rather than when this module loads. */
const childProcess = () => process.getBuiltinModule('node:child_process');

/** Starts `git args…` in `cwd` with piped streams; with `stdout`, git writes into that socket instead. */
export function spawnGit(cwd: string, args: string[]): ChildProcessWithoutNullStreams;
export function spawnGit(cwd: string, args: string[], stdout: Socket): ChildProcessByStdio<Writable, null, Readable>;
export function spawnGit(
  cwd: string,
  args: string[],
  stdout?: Socket,
): ChildProcessByStdio<Writable, Readable | null, Readable> {
  const options = { cwd, env: { ...process.env, ...GIT_ENV } };
  if (stdout)
    return childProcess().spawn('git', [...GIT_CONFIG, ...args], { ...options, stdio: ['pipe', stdout, 'pipe'] });
  return childProcess().spawn('git', [...GIT_CONFIG, ...args], { ...options, stdio: 'pipe' });
}

/**
 * Runs git to completion on this thread; stdout, or undefined when git fails (e.g. not a repository). A git still
 * running after STALL_MS is stopped if the work tree holds a FIFO it could be waiting on (a GitError), else run again
 * without a limit: a synchronous call cannot look while git runs.
 */
export function runGitSync(cwd: string, args: string[], input?: Buffer): Buffer | undefined {
  try {
    return patientGitSync(cwd, args, MAX_SYNC_OUTPUT, input);
  } catch (error) {
    if (error instanceof GitError) throw error;
    return undefined;
  }
}

/**
 * runGit on this thread: stdout, or a GitError naming git's first stderr line, or an OutputLimitError once stdout
 * passes `limit` bytes, and a FIFO git waits on found as runGitSync finds it. For a pre-commit's one diff: Node's
 * child processes with piped streams cost about 20M instructions more than a synchronous one (7% of
 * `keylint staged`), more than letting git run while the scanner loads ever saved.
 */
export function runGitBlocking(cwd: string, args: string[], limit = Infinity): Buffer {
  let out: Buffer;
  try {
    out = patientGitSync(cwd, args, limit);
  } catch (error) {
    if (error instanceof GitError) throw error;
    const { code, status, stderr } = error as NodeJS.ErrnoException & { status: number | null; stderr?: Buffer };
    if (code === 'ENOBUFS') throw tooMuchOutput(args, limit);
    if (code !== undefined) throw cannotRun(error as NodeJS.ErrnoException);
    throw gitFailed(args, stderr ?? Buffer.alloc(0), status);
  }
  // execFileSync reads a maxBuffer of 0 as no limit.
  if (out.length > limit) throw tooMuchOutput(args, limit);
  return out;
}

/** What runGitSync's git may write to stdout; execFileSync's own default (1 MB) is too little for a listing. */
const MAX_SYNC_OUTPUT = 1024 * 1024 * 1024;

/** git to completion, rerun without a time limit when it is slow for no FIFO's sake; execFileSync's errors as thrown. */
function patientGitSync(cwd: string, args: string[], limit: number, input?: Buffer): Buffer {
  try {
    return gitSync(cwd, args, limit, STALL_MS, input);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw error;
  }
  const blocking = blockingFile(cwd);
  if (blocking !== undefined) throw new BlockedGitError(blockedMessage(blocking));
  return gitSync(cwd, args, limit, undefined, input);
}

function gitSync(cwd: string, args: string[], limit: number, timeout?: number, input?: Buffer): Buffer {
  return childProcess().execFileSync('git', [...GIT_CONFIG, ...args], {
    cwd,
    env: { ...process.env, ...GIT_ENV },
    input,
    stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    maxBuffer: limit,
    timeout,
  });
}

/**
 * The FIFO or device git could be waiting on in the work tree around `cwd`, its git directory or named by its config
 * (see src/git/blocking-files.ts). The repository's own files come first: git waits on them in every call, rev-parse
 * too.
 */
function blockingFile(cwd: string): string | undefined {
  const named = findBlockingRepoFile(cwd, configPaths);
  if (named !== undefined) return named;
  let lines: string[];
  try {
    // rev-parse reads neither ignore nor attribute files: it cannot block on them.
    const asked = ['rev-parse', '--show-toplevel', ...READ_FROM_GIT_DIR.flatMap((file) => ['--git-path', file])];
    lines = gitSync(cwd, asked, MAX_SYNC_OUTPUT, STALL_MS).toString('utf8').split('\n');
  } catch {
    return undefined;
  }
  const [top, ...gitFiles] = lines.filter((line) => line !== '');
  if (top === undefined) return undefined;
  return findBlockingFile(
    top,
    gitFiles.map((file) => path.resolve(cwd, file)),
  );
}

/** One config file's file-naming keys, read by git without includes (git's own parser, quoting and all). */
function configPaths(configFile: string): Array<[string, string]> {
  let out: string;
  try {
    const args = ['config', '--file', configFile, '--no-includes', '-z', '--get-regexp', CONFIG_PATH_KEYS.source];
    out = gitSync(path.dirname(configFile), args, MAX_SYNC_OUTPUT, STALL_MS).toString('utf8');
  } catch {
    return [];
  }
  // -z: each entry is `key\nvalue\0`.
  return out
    .split('\0')
    .filter((entry) => entry.includes('\n'))
    .map((entry) => {
      const at = entry.indexOf('\n');
      return [entry.slice(0, at), entry.slice(at + 1)];
    });
}

/** Starts git with stdin only when there is input: one pipe less per process when there is none. */
function startGit(
  cwd: string,
  args: string[],
  input: boolean,
): ChildProcessByStdio<Writable | null, Readable, Readable> {
  if (input) return spawnGit(cwd, args);
  return childProcess().spawn('git', [...GIT_CONFIG, ...args], {
    cwd,
    env: { ...process.env, ...GIT_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** git wrote more than the caller allowed; git was stopped. */
export class OutputLimitError extends Error {
  override name = 'OutputLimitError';
}

/**
 * Runs git to completion; resolves to stdout, or rejects with a GitError naming git's first stderr line,
 * or with an OutputLimitError (and stops git) once stdout passes `limit` bytes.
 */
export function runGit(cwd: string, args: string[], input?: string | Buffer, limit = Infinity): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let child: ChildProcessByStdio<Writable | null, Readable, Readable>;
    try {
      child = startGit(cwd, args, input !== undefined);
    } catch (error) {
      reject(cannotRun(error as NodeJS.ErrnoException));
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    const watch = setTimeout(() => {
      const blocking = blockingFile(cwd);
      if (blocking === undefined) return;
      child.kill();
      reject(new BlockedGitError(blockedMessage(blocking)));
    }, STALL_MS);
    watch.unref();
    child.stdout.on('data', (b: Buffer) => {
      if (size > limit) return;
      size += b.length;
      if (size <= limit) return void out.push(b);
      out.length = 0;
      child.kill();
      reject(tooMuchOutput(args, limit));
    });
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (error: NodeJS.ErrnoException) => reject(cannotRun(error)));
    child.on('close', (code) => {
      clearTimeout(watch);
      if (code === 0) resolve(Buffer.concat(out));
      else reject(gitFailed(args, Buffer.concat(err), code));
    });
    child.stdin?.on('error', () => {}); // git may exit before reading all input; its exit code tells why.
    child.stdin?.end(input);
  });
}

// The errors both runners give, the same whichever ran git.
function cannotRun(error: NodeJS.ErrnoException): GitError {
  return new GitError(
    error.code === 'ENOENT' ? 'git is not installed or not on PATH' : `cannot run git: ${error.message}`,
  );
}

function tooMuchOutput(args: string[], limit: number): OutputLimitError {
  return new OutputLimitError(`git ${args[0]} wrote more than ${limit} bytes`);
}

function gitFailed(args: string[], stderr: Buffer, exit: number | null): GitError {
  return new GitError(`${firstLine(stderr) || `git ${args[0]} failed`} (git ${args[0]}, exit ${exit})`);
}

/** git's reason in one line: its `fatal:` line (earlier lines may be mere warnings), else its first line. */
export function firstLine(stderr: Buffer): string {
  const lines = stderr
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const line = lines.find((l) => l.startsWith('fatal: ')) ?? lines[0] ?? '';
  return line.replace(/^(fatal|error): /, '').trim();
}
