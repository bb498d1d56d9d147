// Blob contents through one long-lived `git cat-file --batch`: each object read once, in request order.
import type { ChildProcessByStdio } from 'node:child_process';
import fs from 'node:fs';
import type { Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { BLOCK_SIZE } from '../detect/engine.js';
import { BOUNDED_READS, firstLine, runGit, spawnGit } from './exec.js';
import { type Lease, Slabs } from './slabs.js';

/** One requested object: its content (small), a stream (large), or an error; `request` is what asked for it. */
export type BatchObject<T> =
  | { request: T; type: string; size: number; content: Buffer; release: () => void }
  | { request: T; type: string; size: number; stream: AsyncIterable<Buffer> }
  | { request: T; error: string };

/** How a read is done: `bulk` (a whole history) reads git's output through a socket into reused memory. */
export interface ReadOptions {
  bulk?: boolean;
}

const HEADER = /^([0-9a-f]{40}|[0-9a-f]{64}) (?:(missing|ambiguous)|(\w+) (\d+))$/;

/**
 * Reads the objects of `requests` in order, writing each id to `cat-file` as soon as the caller's
 * iterable yields it, so that a history walk and the reads overlap (only a pipe's worth is ahead).
 * Objects larger than one engine block are handed out as a stream over the shared pipe; the caller must
 * finish (or abandon) that stream before asking for the next object. A smaller object's content is memory
 * that is used again once its `release` is called: the caller calls it when nothing reads the content any more
 * (or never: the memory is then left to the collector). A corrupt object kills `cat-file`
 * or garbles its output: that object gets an error entry (after any stream it already got) and a fresh
 * process reads the rest.
 */
export async function* readObjects<T>(
  cwd: string,
  requests: AsyncIterable<T> | Iterable<T>,
  shaOf: (request: T) => string,
  options: ReadOptions = {},
): AsyncGenerator<BatchObject<T>> {
  const source =
    Symbol.asyncIterator in requests ? requests[Symbol.asyncIterator]() : toAsync(requests[Symbol.iterator]());
  const slabs = new Slabs();
  // Written to the current process and not answered yet, oldest first.
  const pending: T[] = [];
  let exhausted = false;
  let failure: unknown;
  try {
    while (!exhausted || pending.length > 0) {
      const reader = new ByteReader(slabs);
      const output = await startCatFile(cwd, reader, options);
      const { child } = output;
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
            const content = await reader.take(size);
            if (content === undefined || (await reader.byte()) !== 10) {
              content?.release();
              broken = true;
              break;
            }
            pending.shift();
            yield { request, type, size, content: content.bytes, release: content.release };
            continue;
          }
          let finished!: () => void;
          const done = new Promise<void>((resolve) => (finished = resolve));
          yield { request, type, size, stream: reader.stream(size, finished) };
          await done;
          if ((await reader.byte()) !== 10) {
            broken = true;
            break;
          }
          pending.shift();
        }
      } finally {
        stop = true;
        // Unread output would hold the pipe open, and 'close' waits for it.
        if (broken || pending.length > 0 || !exhausted) child.kill();
        output.close();
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

/** A running `cat-file --batch` whose output feeds `reader`; `close` stops reading it. */
interface CatFile {
  child: ChildProcessByStdio<Writable, Readable | null, Readable>;
  close: () => void;
}

/**
 * Starts `cat-file --batch` writing into `reader`. A bulk read on a POSIX system goes through a Unix socket that
 * Node reads straight into the reader's buffer: a child's stdout pipe is read into a fresh 64 KB buffer a read, and
 * that fresh memory for every byte of a history, not the stream machinery, was the cost (read alone, axios's blobs
 * took 0.81x the CPU through the socket; a fresh buffer a read through it gained nothing). Elsewhere, or when no
 * socket can be made, git's stdout pipe is read and copied in.
 */
async function startCatFile(cwd: string, reader: ByteReader, options: ReadOptions): Promise<CatFile> {
  const args = [...BOUNDED_READS, 'cat-file', '--batch'];
  const socket = options.bulk && process.platform !== 'win32' ? await socketInto(reader) : undefined;
  if (socket) {
    const child = spawnGit(cwd, args, socket.theirs);
    // git holds its own copy of its end: once git exits, this side reads the end of the output.
    socket.theirs.destroy();
    return { child, close: () => socket.ours.destroy() };
  }
  const child = spawnGit(cwd, args);
  child.stdout.on('data', (chunk: Buffer) => {
    if (!reader.received(chunk.length, chunk)) child.stdout.pause();
  });
  child.stdout.on('end', () => reader.close());
  child.stdout.on('close', () => reader.close());
  reader.resume = () => child.stdout.resume();
  return { child, close: () => child.stdout.destroy() };
}

/**
 * A connected pair of Unix sockets, `theirs` for git's stdout and `ours` read into `reader`'s buffer; undefined
 * when none can be made. The socket file lives in a new folder only this user can open, and is gone once connected.
 */
async function socketInto(reader: ByteReader): Promise<{ ours: Socket; theirs: Socket } | undefined> {
  // node:net loads the stream modules: loaded here, not by a pre-commit run that reads no blobs through cat-file.
  const { connect, createServer } = process.getBuiltinModule('node:net');
  let dir: string | undefined;
  const server = createServer();
  try {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-'));
    const file = path.join(dir, 'git.sock');
    // A socket's path is limited to about 100 bytes.
    if (Buffer.byteLength(file) > 100) return undefined;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(file, resolve);
    });
    const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve));
    // Reads that find the buffer full go to a spare buffer and are copied in.
    const spare = Buffer.allocUnsafe(MIN_READ);
    const ours = connect({
      path: file,
      onread: {
        buffer: () => reader.room() ?? spare,
        callback: (n: number, into: Uint8Array) => reader.received(n, into),
      },
    });
    await new Promise<void>((resolve, reject) => {
      ours.once('error', reject);
      ours.once('connect', resolve);
    });
    ours.removeAllListeners('error');
    ours.on('error', () => reader.close());
    ours.on('end', () => reader.close());
    ours.on('close', () => reader.close());
    reader.resume = () => ours.resume();
    return { ours, theirs: await accepted };
  } catch {
    return undefined;
  } finally {
    server.close();
    if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Bytes of the buffer git's output is received into, and the least room a read is given in it. */
const INBOX_SIZE = 1024 * 1024;
const MIN_READ = 64 * 1024;

/**
 * Git's output, received into one reused buffer and taken from it as lines, exact byte counts (copied into slab
 * memory) or stream pieces. Whoever feeds it writes at `room()` (or hands over bytes read elsewhere) and reports
 * with `received`; it pauses while the buffer is full, and `resume` is called once the reader has made room.
 */
class ByteReader {
  private buffer = Buffer.allocUnsafeSlow(INBOX_SIZE);
  private start = 0;
  private end = 0;
  private ended = false;
  private paused = false;
  private waiting: (() => void) | undefined;
  /** Set by the feeder: starts reading again after `received` said to pause. */
  resume: () => void = () => {};

  constructor(private readonly slabs: Slabs) {}

  /** Where the next read may write, at least MIN_READ bytes (unread bytes move to the front for it), or undefined when full. */
  room(): Buffer | undefined {
    // No read is under way while the feeder asks: bytes may move.
    if (this.start === this.end) this.start = this.end = 0;
    else if (this.buffer.length - this.end < MIN_READ) this.compact();
    return this.buffer.length - this.end >= MIN_READ ? this.buffer.subarray(this.end) : undefined;
  }

  /** `n` bytes arrived in `into`: the last `room()`, or a buffer of the feeder's (copied in). False: pause. */
  received(n: number, into: Uint8Array): boolean {
    if (into.buffer === this.buffer.buffer && into.byteOffset === this.buffer.byteOffset + this.end) this.end += n;
    else {
      if (this.buffer.length - this.end < n) this.compact();
      if (this.buffer.length - this.end < n) {
        // Only while paused: a read already under way when the feeder paused.
        const larger = Buffer.allocUnsafeSlow(Math.max(2 * this.buffer.length, this.end + n));
        this.buffer.copy(larger, 0, 0, this.end);
        this.buffer = larger;
      }
      this.buffer.set(into.subarray(0, n), this.end);
      this.end += n;
    }
    this.wake();
    this.paused = this.buffer.length - (this.end - this.start) < MIN_READ;
    return !this.paused;
  }

  /** No more bytes will come. */
  close(): void {
    this.ended = true;
    this.wake();
  }

  /** The next line without its newline, or undefined at the end of the stream. */
  async line(): Promise<string | undefined> {
    for (let searched = 0; ; ) {
      const at = this.buffer.subarray(this.start + searched, this.end).indexOf(10);
      if (at !== -1) {
        const text = this.buffer.toString('utf8', this.start, this.start + searched + at);
        this.consume(searched + at + 1);
        return text;
      }
      searched = this.end - this.start;
      if (!(await this.more(searched))) return undefined;
    }
  }

  /** Exactly `n` bytes in slab memory, or undefined when the stream ends first. */
  async take(n: number): Promise<Lease | undefined> {
    const lease = this.slabs.lease(n);
    for (let have = 0; have < n; ) {
      if (!(await this.more())) {
        lease.release();
        return undefined;
      }
      const part = Math.min(n - have, this.end - this.start);
      this.buffer.copy(lease.bytes, have, this.start, this.start + part);
      have += part;
      this.consume(part);
    }
    return lease;
  }

  /** The next byte, or undefined at the end of the stream. */
  async byte(): Promise<number | undefined> {
    if (!(await this.more())) return undefined;
    const byte = this.buffer[this.start]!;
    this.consume(1);
    return byte;
  }

  /** The next `n` bytes as chunks of their own; whatever the consumer leaves unread is skipped when it stops. */
  async *stream(n: number, finished: () => void): AsyncGenerator<Buffer> {
    let left = n;
    try {
      while (left > 0 && (await this.more())) {
        const part = Buffer.from(this.buffer.subarray(this.start, this.start + Math.min(left, this.end - this.start)));
        left -= part.length;
        this.consume(part.length);
        yield part;
      }
    } finally {
      while (left > 0 && (await this.more())) {
        const skip = Math.min(left, this.end - this.start);
        left -= skip;
        this.consume(skip);
      }
      finished();
    }
  }

  /** Waits until more than `have` bytes are unread; false when the stream ends first. */
  private async more(have = 0): Promise<boolean> {
    while (this.end - this.start <= have) {
      if (this.ended) return false;
      this.unpause();
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
    return true;
  }

  private consume(n: number): void {
    this.start += n;
    if (this.paused && this.buffer.length - (this.end - this.start) >= MIN_READ) this.unpause();
  }

  private unpause(): void {
    if (!this.paused) return;
    this.paused = false;
    this.resume();
  }

  private compact(): void {
    this.buffer.copyWithin(0, this.start, this.end);
    this.end -= this.start;
    this.start = 0;
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.();
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
