// Content that a detection worker reads where it lies: the pool sends a view of shared memory without a copy (see
// DetectorPool.detectBatch), where content in ordinary memory is copied whole into the worker's message.

/**
 * Bytes gathered from a stream into shared memory as they come, in one buffer sized for what the stream declared
 * (and grown when it sends more). Kept as a list of chunks to join at the end, a stream's chunks outlived two
 * young-generation collections while it was read and stayed in the old generation until a full one: undici's history
 * holds a 65 KB gzipped fixture of 27 MB at three paths, and its chunks, joined copies and their copies for the
 * worker were most of that scan's peak memory.
 */
export class SharedBytes {
  private buffer: Buffer;
  private length = 0;

  /** `expected`: the size the stream declared (0 when unknown); trusted only up to `limit`. */
  constructor(
    expected: number,
    private readonly limit: number,
  ) {
    this.buffer = shared(Math.max(0, Math.min(expected, limit)));
  }

  append(chunk: Uint8Array): void {
    const end = this.length + chunk.length;
    if (end > this.buffer.length) {
      const grown = shared(Math.max(end, Math.min(this.limit, 2 * this.buffer.length)));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.length);
    this.length = end;
  }

  /** What was gathered, in memory of its own size. */
  bytes(): Buffer {
    if (this.length === this.buffer.length) return this.buffer;
    const exact = shared(this.length);
    this.buffer.copy(exact, 0, 0, this.length);
    return exact;
  }
}

function shared(size: number): Buffer {
  return Buffer.from(new SharedArrayBuffer(size));
}
