// The history walk: every blob that reachable commits introduce, once per path, with the commit that introduced it
// first, and the commit objects themselves. `git log --raw` lists tree changes without computing any text diff.
import type { Readable } from 'node:stream';
import { objectPath } from './blob-entry.js';
import { BOUNDED_READS, firstLine, spawnGit } from './exec.js';
import { decodeName } from '../name-bytes.js';
import { unquotePath } from './repo.js';

/** A commit that introduced at least one blob; `order` counts from the oldest commit walked. */
export interface CommitInfo {
  sha: string;
  author: string;
  date: string;
  order: number;
}

/** A blob as first introduced (or a commit object, at COMMIT_OBJECT_PATH): its id, path and commit. */
export interface IntroducedBlob {
  sha: string;
  path: string;
  mode: string;
  commit: CommitInfo;
}

/**
 * Whether a commit whose author, committer and message lines are `text` is read as an object and scanned: a history
 * has as many commits as files, and each item costs as much as a file.
 */
export type MessageFilter = (text: string) => boolean;

/** What to walk. */
export interface WalkOptions {
  /** Commit ids resolved beforehand (never names: a ref can be called `--output=x`), and/or `--all`. */
  revisions: string[];
  /** Only commits after this date (any format git accepts). */
  since?: string;
}

/**
 * Where a commit object is reported: its message and author lines are pushed and cloned as surely as its files (a key
 * pasted into `git commit -m` was never read).
 */
const COMMIT_OBJECT_PATH = objectPath('COMMIT_EDITMSG');
const HEADER = '\x01';
const NULL_SHA = /^0+$/;

/**
 * Walks the history oldest first (parents before children), yielding each commit and each distinct blob at each path
 * it is first introduced at. Merges are read with `-c`, so a blob that only a merge resolution created is seen too.
 */
export async function* introducedBlobs(
  cwd: string,
  options: WalkOptions,
  isExcluded?: (file: string) => boolean,
  wanted: MessageFilter = () => true,
): AsyncGenerator<IntroducedBlob> {
  const args = [
    ...BOUNDED_READS,
    'log',
    '--reverse',
    '--date-order',
    '--no-renames',
    '--raw',
    '--no-abbrev',
    '-c',
    '--root',
    '--no-textconv',
    '--no-ext-diff',
    '--no-color',
    '--no-show-signature',
  ];
  // The message's lines (and the committer's) are indented a space: none can pass for a header or a raw entry.
  args.push(`--format=${HEADER}%H %aI %an <%ae>%n%w(0,1,1)%cn <%ce>%n%B`);
  if (options.since) args.push(`--since=${options.since}`);
  // Ids on stdin, `--all` as an option: a repository can hold more refs than a command line can (see refTips).
  const ids = options.revisions.filter((revision) => revision !== '--all');
  args.push(...options.revisions.filter((revision) => revision === '--all'), '--stdin', '--');
  const child = spawnGit(cwd, args);
  // git that stops early (a bad object) leaves the pipe closed: its own error says why.
  child.stdin.on('error', () => {});
  child.stdin.end(ids.map((id) => `${id}\n`).join(''));
  const stderr: Buffer[] = [];
  child.stderr.on('data', (b: Buffer) => stderr.push(b));
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
  const seen = new Set<string>();
  let commit: CommitInfo | undefined;
  let order = 0;
  // The current commit's header and message lines, until its raw entries (or the next commit) begin.
  let message: string[] = [];
  const commitObject = (): IntroducedBlob | undefined => {
    const text = message.join('\n');
    message = [];
    if (!commit || !text || isExcluded?.(COMMIT_OBJECT_PATH) || !wanted(text)) return undefined;
    return { sha: commit.sha, path: COMMIT_OBJECT_PATH, mode: '100644', commit };
  };
  for await (const line of linesOf(child.stdout)) {
    if (line.startsWith(HEADER)) {
      const object = commitObject();
      if (object) yield object;
      const [sha = '', date = '', ...author] = line.slice(1).split(' ');
      commit = { sha, date, author: author.join(' '), order: order++ };
      message.push(line);
      continue;
    }
    if (line.startsWith(' ') && message.length > 0) message.push(line);
    if (!commit || !line.startsWith(':')) continue;
    const object = commitObject();
    if (object) yield object;
    const tab = line.indexOf('\t');
    const meta = line.slice(0, tab).replace(/^:+/, '').split(' ');
    const status = meta[meta.length - 1]!;
    if (/^D+$/.test(status)) continue;
    // Modes first, then object ids: one of each per parent, plus the result's.
    const ids = meta.length - 1;
    const sha = meta[ids - 1]!;
    const mode = meta[ids / 2 - 1]!;
    if (NULL_SHA.test(sha)) continue;
    // A blob counts as seen only where it is scanned: a commit can name any blob's id as a submodule's commit or
    // as a link's target, or add it first at a path the config allows, and a later commit adding the same blob as
    // a file was skipped, its keys unreported.
    const path = unquotePath(line.slice(tab + 1));
    // And once per path: what a blob's text is depends on where it is (a generic API_KEY= line is NovaMed's key in
    // novamed.env, nobody's in notes.txt; a key in public/ is a client bundle's), so the same blob first added as
    // notes.txt hid the NovaMed key of a later novamed.env. A blob moved or copied is read again at its new path.
    const key = mode === '160000' ? `gitlink ${sha}` : mode === '120000' ? `link ${sha}` : `${sha} ${path}`;
    if (seen.has(key) || (mode !== '160000' && mode !== '120000' && isExcluded?.(path))) continue;
    seen.add(key);
    yield { sha, path, mode, commit };
  }
  const object = commitObject();
  if (object) yield object;
  const code = await exit;
  if (code !== 0) throw new Error(firstLine(Buffer.concat(stderr)) || `git log exited with ${code}`);
}

/**
 * The lines of git's output, split at line feeds only. readline splits at a lone carriage return too, and an author
 * name may hold one: a crafted commit's author `evil\r:160000 160000 0… <blob> A\tx` read as a raw entry claimed a
 * blob that a later commit introduces as a submodule's, so the blob was never scanned. git ends an author line at
 * a line feed, so nothing else can start a line.
 */
async function* linesOf(stream: Readable): AsyncGenerator<string> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    for (let end = data.indexOf(0x0a); end !== -1; end = data.indexOf(0x0a)) {
      yield decodeName(data.subarray(0, end));
      data = data.subarray(end + 1);
    }
    rest = data;
  }
  if (rest.length > 0) yield decodeName(rest);
}
