// Blob contents read through `cat-file --batch` into reused memory: what the reader hands out stays intact until
// released, whatever git's output looks like around it (objects across reads, the reused receive buffer's edges,
// missing objects, streamed large ones), and released memory is what the next blobs are read into.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readObjects, type BatchObject } from '../../src/git/cat-file.js';
import { SLAB_SIZE, Slabs } from '../../src/git/slabs.js';
import { useRepos } from '../helpers/git.js';

const repo = useRepos();

/** Sizes around the reader's edges: its 64 KB reads, its 1 MB receive buffer, a slab's half, the 8 MB block. */
const SIZES = [0, 1, 100, 65_535, 65_537, 1_048_575, 1_048_577, 700_000, SLAB_SIZE / 2 + 1, 3_000_000, 9_000_000];

function blobs(dir: string): Array<{ sha: string; bytes: Buffer }> {
  return SIZES.map((size) => {
    const bytes = randomBytes(size);
    // Newlines inside contents must not be taken for the ends of headers.
    for (let at = 0; at < size; at += 97) bytes[at] = 10;
    const sha = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: bytes }).toString().trim();
    return { sha, bytes };
  });
}

async function contentOf(object: BatchObject<string>): Promise<Buffer | string> {
  if ('error' in object) return object.error;
  if ('content' in object) return object.content;
  const parts: Buffer[] = [];
  for await (const part of object.stream) parts.push(part);
  return Buffer.concat(parts);
}

describe('reading blobs into reused memory', () => {
  for (const bulk of [true, false]) {
    it(`keeps every unreleased content intact while later objects are read (${bulk ? 'socket' : 'pipe'})`, async () => {
      const r = repo();
      const written = blobs(r.dir);
      const missing = 'f'.repeat(40);
      // Twice over, with a missing object between: the second round is read while the first is still held.
      const requests = [...written.map((b) => b.sha), missing, ...written.map((b) => b.sha)];
      const held: Array<Buffer | string> = [];
      for await (const object of readObjects(r.dir, requests, (sha) => sha, { bulk }))
        held.push(await contentOf(object));
      const expected = [...written.map((b) => b.bytes), 'object missing or corrupt', ...written.map((b) => b.bytes)];
      expect(held.length).toBe(expected.length);
      // Compared as bytes: a deep equality over megabytes takes minutes.
      const same = held.map((content, i) => {
        const want = expected[i]!;
        return typeof content === 'string' || typeof want === 'string' ? content === want : content.equals(want);
      });
      expect(same).toEqual(expected.map(() => true));
    });
  }

  it('reads each blob into the memory the one before it released', async () => {
    const r = repo();
    const small = [1_000, 50_000, 200_000].map((size) =>
      execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: r.dir, input: randomBytes(size) })
        .toString()
        .trim(),
    );
    const places = new Set<ArrayBufferLike>();
    for await (const object of readObjects(r.dir, [...small, ...small], (sha) => sha, { bulk: true })) {
      if (!('content' in object)) throw new Error('expected content');
      places.add(object.content.buffer);
      expect(object.content.byteOffset).toBe(0);
      object.release();
    }
    expect(places.size).toBe(1);
  });
});

describe('slabs', () => {
  it('never hands out memory that a live lease holds, and reuses it once released', () => {
    const slabs = new Slabs();
    const a = slabs.lease(SLAB_SIZE / 2);
    const b = slabs.lease(SLAB_SIZE / 2);
    a.bytes.fill(1);
    b.bytes.fill(2);
    const c = slabs.lease(100);
    c.bytes.fill(3);
    expect(a.bytes.equals(Buffer.alloc(a.bytes.length, 1)) && b.bytes.equals(Buffer.alloc(b.bytes.length, 2))).toBe(
      true,
    );
    expect(c.bytes.buffer).not.toBe(a.bytes.buffer);
    a.release();
    b.release();
    // The first slab is emptied and kept; the current one fills on.
    const d = slabs.lease(SLAB_SIZE / 2);
    expect(d.bytes.buffer).toBe(c.bytes.buffer);
    const e = slabs.lease(SLAB_SIZE / 2);
    expect(e.bytes.buffer).toBe(a.bytes.buffer);
    e.bytes.fill(4);
    expect(c.bytes.equals(Buffer.alloc(100, 3))).toBe(true);
  });

  it('gives a blob larger than half a slab memory of its own', () => {
    const slabs = new Slabs();
    const big = slabs.lease(SLAB_SIZE / 2 + 1);
    const small = slabs.lease(10);
    expect(big.bytes.buffer).not.toBe(small.bytes.buffer);
    expect(big.bytes.length).toBe(SLAB_SIZE / 2 + 1);
  });
});
