import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SharedBytes } from '../src/shared-bytes.js';

/** Chunks of random bytes and sizes (empty ones among them), `total` bytes in all. */
function chunksOf(total: number, seed: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let left = total, n = seed; left > 0; n = (n * 1103515245 + 12345) % 2 ** 31) {
    const size = Math.min(left, n % 3 === 0 ? 0 : n % 70_000);
    chunks.push(crypto.randomBytes(size));
    left -= size;
  }
  return chunks;
}

describe('SharedBytes', () => {
  it('gathers what Buffer.concat joins, in shared memory, whatever size the stream declared', () => {
    const limit = 1 << 20;
    for (const [seed, total] of [
      [1, 0],
      [2, 1],
      [3, 65_536],
      [4, 300_001],
      [5, limit],
    ] as const) {
      const chunks = chunksOf(total, seed);
      // Declared: nothing, exact, too little (a gzip member's trailer), too much, past the limit.
      for (const declared of [0, total, Math.floor(total / 3), total * 2 + 7, limit * 4]) {
        const gathered = new SharedBytes(declared, limit);
        for (const chunk of chunks) gathered.append(chunk);
        const bytes = gathered.bytes();
        expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
        expect(bytes.length).toBe(total);
        expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
        expect(bytes.equals(Buffer.concat(chunks))).toBe(true);
      }
    }
  });
});
