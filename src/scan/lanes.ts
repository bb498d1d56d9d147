// History scans in two lanes: the main thread scans blobs as cat-file delivers them, and detection
// workers take small blobs whenever they are idle. Each worker job costs a message, so a pool that scans
// every one of a history's many small blobs spends more than it saves; workers that only take what the
// main thread cannot keep up with use cores that git and the main thread leave free (git.ts asks
// for them beyond two cores only: on two, a worker measured a second of CPU dearer and no faster).
import { compare, sortFindings, sortNotes } from '../findings.js';
import type { RuleSet } from '../rules.js';
import type { Item, ScanNote, ScanResult, Source } from '../types.js';
import { scanSource, type ScanRunOptions } from './run.js';

/** Blobs up to this size may go to a worker (copied whole into its message); larger ones stay streamed. */
export const WORKER_ITEM_LIMIT = 1024 * 1024;
/** Items queued for the main thread before the reader waits. */
const MAIN_QUEUE = 8;

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
    scanSource(side.source(), ruleSet, { ...rest, workers, concurrency: 2 * workers, onProgress: report('side') }),
  ]);
  const feeding = (async () => {
    try {
      for await (const item of source.items(notes)) {
        if (options.signal?.aborted || (main.closed && side.closed)) break;
        const small = item.size !== undefined && item.size <= WORKER_ITEM_LIMIT && !item.stream;
        if (small && side.wanting && !side.closed) void side.push(item);
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

  /** True while the lane's scan waits for its next item. */
  get wanting(): boolean {
    return this.waiter !== undefined;
  }

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
