// Blob contents through one long-lived `git cat-file --batch`: each object read once, in request order.
import { BLOCK_SIZE } from '../detect/engine.js';
import { firstLine, spawnGit } from './exec.js';

/** One requested object: its content (small), a stream of it (large), or why it cannot be read. */
export type BatchObject =
  | { sha: string; type: string; size: number; content: Buffer }
  | { sha: string; type: string; size: number; stream: AsyncIterable<Buffer> }
  | { sha: string; error: string };

/**
 * Reads `shas` in order. Objects larger than one engine block are handed out as a stream over the shared
 * pipe; the caller must finish (or abandon) that stream before asking for the next object. A corrupt
 * object kills `cat-file`: it becomes an error entry and a fresh process reads the rest.
 */
export async function* readObjects(cwd: string, shas: string[]): AsyncGenerator<BatchObject> {
  let next = 0;
  while (next < shas.length) {
    const child = spawnGit(cwd, ['cat-file', '--batch']);
    const stderr: Buffer[] = [];
    child.stderr.on('data', (b: Buffer) => stderr.push(b));
    child.stdin.on('error', () => {}); // a dying process reports through its output and stderr
    child.stdin.end(`${shas.slice(next).join('\n')}\n`);
    const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
    const reader = new ByteReader(child.stdout[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
    try {
      for (; next < shas.length; next++) {
        const header = await reader.line();
        if (header === undefined) break;
        const [sha = shas[next]!, type = 'missing', sizeText = '0'] = header.split(' ');
        if (type === 'missing' || type === 'ambiguous') {
          yield { sha, error: type === 'missing' ? 'object missing or corrupt' : 'object name is ambiguous' };
          continue;
        }
        const size = Number(sizeText);
        if (size <= BLOCK_SIZE) {
          const content = await reader.take(size + 1);
          if (content === undefined) break;
          yield { sha, type, size, content: content.subarray(0, size) };
          continue;
        }
        let finished!: () => void;
        const done = new Promise<void>((resolve) => (finished = resolve));
        yield { sha, type, size, stream: reader.stream(size, finished) };
        await done;
        if (!(await reader.take(1))) break;
      }
    } finally {
      if (next < shas.length) child.kill();
      await exited;
    }
    if (next < shas.length) {
      yield { sha: shas[next]!, error: `unreadable object: ${firstLine(Buffer.concat(stderr)) || 'git cat-file stopped'}` };
      next++;
    }
  }
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
