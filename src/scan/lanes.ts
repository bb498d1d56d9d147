// History scans in two lanes: the main thread reads what cat-file delivers and scans blobs too, and detection
// workers are kept a backlog of small blobs (SIDE_BYTES), which they read in the shared memory cat-file's reader
// put them in. The backlog lets a worker go on while the main thread is inside one long synchronous scan; items
// that find it full are scanned by the main thread, so that the two share the blobs by how fast each goes.
import { compare, sortFindings, sortNotes } from '../findings.js';
import type { RuleSet } from '../rules.js';
import type { Item, ScanNote, ScanResult, Source } from '../types.js';
import { SLAB_SIZE } from '../git/slabs.js';
import { scanSource, type ScanRunOptions } from './run.js';

/** Blobs up to this size may go to a worker (those in slabs are shared, others copied); larger ones stay here. */
const WORKER_ITEM_LIMIT = SLAB_SIZE / 2;
/**
 * Bytes of blobs given to the workers and not yet scanned. Axios's history on two cores: 4 MB left the main
 * thread 2.5 s of CPU and the worker 2.1 s, 8 MB 2.5 s and 2.2 s, 64 MB 2.5 s and 2.4 s (and fresh slabs faulted).
 */
const SIDE_BYTES = 8 * 1024 * 1024;
/** Items a worker lane holds at once (queued, batched or in a worker); four of the pool's batches of 32 each. */
const SIDE_ITEMS = 128;
/** Items queued for the main thread before the reader waits: few, so that the reader soon feeds the workers again. */
const MAIN_QUEUE = 2;
/**
 * A worker's young generation, in MB. V8 lets it grow to two 16 MB semi-spaces for a stream of small blobs whose
 * garbage dies young anyway; capped, wiremock's history peaked at 266-285 MB of RSS against 284-390 MB, with
 * the same CPU (3 runs each; axios the same), where 16 MB saved less (298-348 MB).
 */
const WORKER_YOUNG_MB = 8;

/** Scans `source` with the main thread and `workers` detection workers sharing its items; one merged result. */
export async function scanInLanes(
  source: Source,
  ruleSet: RuleSet,
  workers: number,
  options: ScanRunOptions = {},
): Promise<ScanResult> {
  if (workers < 1) return scanSource(source, ruleSet, options);
  const started = Date.now();
  const notes: ScanNote[] = [];
  const main = new Lane();
  const side = new Lane();
  // Each lane counts its own files and bytes; progress shows their sum.
  const done = { main: [0, 0], side: [0, 0] };
  const report = (lane: 'main' | 'side') => (files: number, bytes: number) => {
    done[lane] = [files, bytes];
    options.onProgress?.(done.main[0]! + done.side[0]!, done.main[1]! + done.side[1]!);
  };
  const { onProgress: _ignored, ...rest } = options;
  const results = Promise.all([
    scanSource(main.source(), ruleSet, { ...rest, workers: 0, onProgress: report('main') }),
    scanSource(side.source(), ruleSet, {
      ...rest,
      workers,
      workerYoungMb: WORKER_YOUNG_MB,
      concurrency: SIDE_ITEMS * workers,
      onProgress: report('side'),
    }),
  ]);
  // Bytes in the workers' lane: counted when an item goes there, uncounted when its scan is done.
  let sideBytes = 0;
  const toSide = (item: Item & { size: number }): Item => {
    sideBytes += item.size;
    let done = false;
    const release = (): void => {
      if (done) return;
      done = true;
      sideBytes -= item.size;
      item.release?.();
    };
    return { ...item, release };
  };
  const feeding = (async () => {
    try {
      for await (const item of source.items(notes)) {
        if (options.signal?.aborted || (main.closed && side.closed)) break;
        const small = item.size !== undefined && item.size <= WORKER_ITEM_LIMIT && !item.stream;
        if (small && !side.closed && sideBytes < SIDE_BYTES * workers)
          void side.push(toSide(item as Item & { size: number }));
        else if (!main.closed) await main.push(item, MAIN_QUEUE);
        else if (!side.closed && small) void side.push(item);
        else await drain(item);
      }
      main.end();
      side.end();
    } catch (error) {
      main.fail(error);
      side.fail(error);
    }
  })();
  const [a, b] = await results;
  await feeding;
  const secrets = new Map([...a.secrets, ...b.secrets].sort(([x], [y]) => compare(x, y)));
  const allNotes = sortNotes([...notes, ...a.report.notes, ...b.report.notes]);
  return {
    report: {
      version: 1,
      findings: sortFindings([...a.report.findings, ...b.report.findings]),
      stats: {
        files: a.report.stats.files + b.report.stats.files,
        bytes: a.report.stats.bytes + b.report.stats.bytes,
        durationMs: Date.now() - started,
      },
      notes: allNotes,
    },
    secrets,
  };
}

/** A queue of items between the reader and one `scanSource`, which pulls them as its source. */
class Lane {
  private readonly queue: Item[] = [];
  private waiter: { resolve: (item: Item | undefined) => void; reject: (error: unknown) => void } | undefined;
  private space: (() => void) | undefined;
  private ended = false;
  private error: unknown;
  closed = false;

  /** Queues an item; with `limit`, waits while that many are queued already. */
  async push(item: Item, limit = Infinity): Promise<void> {
    if (this.waiter) {
      const { resolve } = this.waiter;
      this.waiter = undefined;
      resolve(item);
      return;
    }
    this.queue.push(item);
    while (this.queue.length >= limit && !this.closed) await new Promise<void>((resolve) => (this.space = resolve));
  }

  end(): void {
    this.ended = true;
    this.waiter?.resolve(undefined);
    this.waiter = undefined;
  }

  fail(error: unknown): void {
    this.error = error;
    this.ended = true;
    this.waiter?.reject(error);
    this.waiter = undefined;
  }

  source(): Source {
    return { items: () => this.items() };
  }

  private async *items(): AsyncGenerator<Item> {
    try {
      for (;;) {
        const queued = this.queue.shift();
        if (queued) {
          this.wake();
          yield queued;
          continue;
        }
        if (this.error !== undefined) throw this.error;
        if (this.ended) return;
        const next = await new Promise<Item | undefined>((resolve, reject) => (this.waiter = { resolve, reject }));
        if (!next) return;
        yield next;
      }
    } finally {
      // The scan stopped early (aborted): what is still queued is skipped, streams included.
      this.closed = true;
      this.waiter = undefined;
      this.wake();
      for (const item of this.queue.splice(0)) await drain(item);
    }
  }

  private wake(): void {
    const space = this.space;
    this.space = undefined;
    space?.();
  }
}

/** Skips an item: a streamed one is read to its end, so that the shared cat-file pipe moves on. */
async function drain(item: Item): Promise<void> {
  item.release?.();
  if (!item.stream) return;
  for await (const _ of item.stream()) {
    // skipped
  }
}
