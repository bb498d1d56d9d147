// Blob contents through one long-lived `git cat-file --batch`: each object read once, in request order.
import { BLOCK_SIZE } from '../detect/engine.js';
import { BOUNDED_READS, firstLine, runGit, spawnGit } from './exec.js';

/** One requested object: its content (small), a stream (large), or an error; `request` is what asked for it. */
export type BatchObject<T> =
  | { request: T; type: string; size: number; content: Buffer }
  | { request: T; type: string; size: number; stream: AsyncIterable<Buffer> }
  | { request: T; error: string };

const HEADER = /^([0-9a-f]{40}|[0-9a-f]{64}) (?:(missing|ambiguous)|(\w+) (\d+))$/;

/**
 * Reads the objects of `requests` in order, writing each id to `cat-file` as soon as the caller's
 * iterable yields it, so that a history walk and the reads overlap (only a pipe's worth is ahead).
 * Objects larger than one engine block are handed out as a stream over the shared pipe; the caller must
 * finish (or abandon) that stream before asking for the next object. A corrupt object kills `cat-file`
 * or garbles its output: that object gets an error entry (after any stream it already got) and a fresh
 * process reads the rest.
 */
export async function* readObjects<T>(
  cwd: string,
  requests: AsyncIterable<T> | Iterable<T>,
  shaOf: (request: T) => string,
): AsyncGenerator<BatchObject<T>> {
  const source =
    Symbol.asyncIterator in requests ? requests[Symbol.asyncIterator]() : toAsync(requests[Symbol.iterator]());
  // Written to the current process and not answered yet, oldest first.
  const pending: T[] = [];
  let exhausted = false;
  let failure: unknown;
  try {
    while (!exhausted || pending.length > 0) {
      const child = spawnGit(cwd, [...BOUNDED_READS, 'cat-file', '--batch']);
      const stderr: Buffer[] = [];
      child.stderr.on('data', (b: Buffer) => stderr.push(b));
      child.stdin.on('error', () => {}); // a dying process reports through its output and stderr
      const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
      let stop = false;
      const pump = (async () => {
        // What a failed process left unanswered goes first.
        if (pending.length > 0) child.stdin.write(`${pending.map(shaOf).join('\n')}\n`);
        while (!stop && !exhausted) {
          let next: IteratorResult<T>;
          try {
            next = await source.next();
          } catch (error) {
            failure = error;
            exhausted = true;
            break;
          }
          if (next.done) {
            exhausted = true;
            break;
          }
          pending.push(next.value);
          if (stop) break;
          if (!child.stdin.write(`${shaOf(next.value)}\n`))
            await Promise.race([new Promise((resolve) => child.stdin.once('drain', resolve)), exited]);
        }
        child.stdin.end();
      })();
      const reader = new ByteReader(child.stdout[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
      let broken = false;
      try {
        for (;;) {
          const line = await reader.line();
          if (line === undefined) {
            broken = pending.length > 0;
            break;
          }
          const request = pending[0];
          const header = HEADER.exec(line);
          if (request === undefined || !header || header[1] !== shaOf(request)) {
            broken = true;
            break;
          }
          if (header[2]) {
            pending.shift();
            yield {
              request,
              error: header[2] === 'missing' ? 'object missing or corrupt' : 'object name is ambiguous',
            };
            continue;
          }
          const type = header[3]!;
          const size = Number(header[4]);
          if (size <= BLOCK_SIZE) {
            const content = await reader.take(size + 1);
            if (content?.[size] !== 10) {
              broken = true;
              break;
            }
            pending.shift();
            yield { request, type, size, content: content.subarray(0, size) };
            continue;
          }
          let finished!: () => void;
          const done = new Promise<void>((resolve) => (finished = resolve));
          yield { request, type, size, stream: reader.stream(size, finished) };
          await done;
          if ((await reader.take(1))?.[0] !== 10) {
            broken = true;
            break;
          }
          pending.shift();
        }
      } finally {
        stop = true;
        if (broken || pending.length > 0 || !exhausted) {
          // Unread output would hold the pipe open, and 'close' waits for it.
          child.kill();
          child.stdout.destroy();
        }
        await exited;
        await pump;
      }
      // Requests pulled after the process died were never sent: the next process reads them.
      if (broken) {
        const request = pending.shift();
        if (request !== undefined)
          yield { request, error: `unreadable object: ${firstLine(Buffer.concat(stderr)) || 'git cat-file stopped'}` };
      }
    }
  } finally {
    if (!exhausted) await source.return?.();
  }
  if (failure !== undefined) throw failure;
}

async function* toAsync<T>(iterator: Iterator<T>): AsyncIterator<T> {
  for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
}

/** Pulls exact byte counts and lines out of a chunked stream. */
class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private ended = false;

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  /** The next line without its newline, or undefined at the end of the stream. */
  async line(): Promise<string | undefined> {
    for (;;) {
      const at = this.buffer.indexOf(10);
      if (at !== -1) {
        const text = this.buffer.subarray(0, at).toString('utf8');
        this.buffer = this.buffer.subarray(at + 1);
        return text;
      }
      if (!(await this.pull())) return undefined;
    }
  }

  /** Exactly `n` bytes, or undefined when the stream ends first. */
  async take(n: number): Promise<Buffer | undefined> {
    const parts: Buffer[] = [];
    let have = 0;
    while (have < n) {
      if (this.buffer.length === 0 && !(await this.pull())) return undefined;
      const part = this.buffer.subarray(0, n - have);
      this.buffer = this.buffer.subarray(part.length);
      parts.push(part);
      have += part.length;
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  /** The next `n` bytes as chunks; whatever the consumer leaves unread is skipped when it stops. */
  async *stream(n: number, finished: () => void): AsyncGenerator<Buffer> {
    let left = n;
    try {
      while (left > 0) {
        if (this.buffer.length === 0 && !(await this.pull())) return;
        const part = this.buffer.subarray(0, left);
        this.buffer = this.buffer.subarray(part.length);
        left -= part.length;
        yield part;
      }
    } finally {
      while (left > 0 && (this.buffer.length > 0 || (await this.pull()))) {
        const skip = Math.min(left, this.buffer.length);
        this.buffer = this.buffer.subarray(skip);
        left -= skip;
      }
      finished();
    }
  }

  private async pull(): Promise<boolean> {
    if (this.ended) return false;
    const result = await this.source.next();
    if (result.done) {
      this.ended = true;
      return false;
    }
    this.buffer = this.buffer.length === 0 ? result.value : Buffer.concat([this.buffer, result.value]);
    return true;
  }
}

/**
 * One object on its own (`<sha>` or `<commit>:<path>`), read whole: for reading a few blobs again after a
 * scan. Undefined when git has no such blob, or it is larger than `limit` bytes.
 */
export async function readBlob(cwd: string, object: string, limit = Infinity): Promise<Buffer | undefined> {
  try {
    return await runGit(cwd, ['cat-file', 'blob', object], undefined, limit);
  } catch {
    return undefined;
  }
}
