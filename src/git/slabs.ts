// Memory for blob contents, handed out from a few large buffers that are used again once their blobs are released.
// A history scan reads hundreds of megabytes of blobs, each into fresh memory: on axios that was 85,000 page faults
// and 41 full garbage collections at a 10-17 MB heap (fresh buffers count as external memory, which V8 collects
// for). Reused memory faults once and is never collected. Slabs are shared memory: a detection worker reads a blob
// in one where it lies, without a copy into its message (see DetectorPool.detectBatch).

/** Bytes of one slab; a blob larger than half of it gets memory of its own. */
export const SLAB_SIZE = 4 * 1024 * 1024;
/**
 * Emptied slabs kept for reuse; more are left to the garbage collector. A worker's backlog (lanes.ts: SIDE_BYTES)
 * holds up to two slabs besides the one being filled: fewer spares and each backlog emptied would drop a slab
 * and fault a fresh one in.
 */
const SPARE_SLABS = 4;

/** Memory for one blob: `bytes` stay valid until `release` is called (once nothing reads them). */
export interface Lease {
  bytes: Buffer;
  release: () => void;
}

interface Slab {
  buffer: Buffer;
  /** Bytes handed out from the start. */
  used: number;
  /** Leases not yet released. */
  live: number;
}

/** Hands out memory by bumping through a slab; a slab is reused once every lease in it is released. */
export class Slabs {
  private current: Slab | undefined;
  private readonly spare: Slab[] = [];

  /**
   * `n` bytes to fill, in shared memory up to half a slab. A lease never released only keeps its slab from reuse:
   * the collector still frees it.
   */
  lease(n: number): Lease {
    if (n > SLAB_SIZE / 2) return { bytes: Buffer.allocUnsafeSlow(n), release: () => {} };
    let slab = this.current;
    if (slab === undefined || slab.used + n > SLAB_SIZE) {
      slab = this.spare.pop() ?? { buffer: Buffer.from(new SharedArrayBuffer(SLAB_SIZE)), used: 0, live: 0 };
      this.current = slab;
    }
    const bytes = slab.buffer.subarray(slab.used, slab.used + n);
    slab.used += n;
    slab.live++;
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      if (--slab.live > 0) return;
      // Scanned one at a time, blobs fill the current slab from its start again and again.
      slab.used = 0;
      if (slab !== this.current && this.spare.length < SPARE_SLABS) this.spare.push(slab);
    };
    return { bytes, release };
  }
}
