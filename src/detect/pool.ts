// A pool of detection workers sized to the cores: the main thread walks and assembles, workers read and scan.
// Items travel in batches, one message per batch each way: a message per file cost more than scanning it.
import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { WORKER_SCRIPT } from '../package-root.js';
import type { RuleRecipe, RuleSet } from '../rules.js';
import type { WalkDir, WalkOptions } from '../sources/files.js';
import type { Item, ScanNote } from '../types.js';
import { createDetector, gateSets, type GateSets } from './engine.js';
import type { ItemResult } from './item.js';

/**
 * A job: a file the worker reads itself, or content already in memory: transferred (`buffer`), or a view of shared
 * memory (`shared`, a history blob in a slab) that the sender leaves untouched until the reply.
 */
export type PoolJob = { id: number; path: string } & (
  | { file: string; size?: number }
  | { buffer: ArrayBuffer }
  | { shared: Uint8Array }
);

/** A worker's answer to one job: matches with rule ids instead of rules, or the error of the read. */
export type JobReply =
  | {
      id: number;
      bytes: number;
      note?: string;
      matches: Array<Omit<ItemResult['matches'][number], 'rule'> & { ruleId: string }>;
    }
  | { id: number; error: { code?: string; message: string } };

/** What goes to a worker, and what comes back: a batch of items, or directories to walk and scan. */
export type PoolRequest = { id: number; jobs: PoolJob[] } | WalkRequest;
export type PoolReply = { id: number; replies: JobReply[] } | WalkReply;
/**
 * Everything a worker is sent: first the recipe of its rules, with the port on which it asks for the prefilter's
 * second stage (see `DetectorPool`), then requests.
 */
export type WorkerMessage = PoolRequest | { recipe: RuleRecipe; gates?: MessagePort };

/** Directories for a worker to walk and scan itself, up to `budget` files; what it leaves comes back. */
export interface WalkRequest {
  id: number;
  walk: WalkOptions;
  dirs: WalkDir[];
  budget: number;
}
export interface WalkReply {
  id: number;
  /** How many files were scanned, and their bytes. */
  scanned: { files: number; bytes: number };
  /** Files with something to report (matches, a note, a read error), by display path. */
  files: Array<{ path: string; reply: JobReply }>;
  /** Archives found: their entries are scanned by the caller, which reads archives. */
  archives: Array<{ path: string; file: string }>;
  notes: ScanNote[];
  /** Directories not walked yet (the budget ran out). */
  pending: WalkDir[];
}

/** What a walk found: counts, the results worth reporting, archives left to the caller, and what is left. */
export interface WalkResult {
  scanned: { files: number; bytes: number };
  outcomes: Array<{ path: string; outcome: ItemResult | Error }>;
  archives: Array<{ path: string; file: string }>;
  notes: ScanNote[];
  pending: WalkDir[];
}

/** A worker that could not start or died: its jobs can be redone on the main thread. */
export class WorkerFailure extends Error {
  override name = 'WorkerFailure';
}

/** Items per message: a message per file cost more than scanning it. */
export const BATCH = 32;
/** Batches to keep in flight so that no worker waits: two per worker. */
export const batchesInFlight = (workers: number): number => workers * 2;

/** Workers used by default: one per core. */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

/** Workers started before they are needed; see `prestartWorkers`. */
const spares: Array<{ worker: Worker; failed: boolean }> = [];

/**
 * Starts `size` detection workers ahead of a scan that will likely want them, so that they load their modules
 * while this thread loads the command line (yargs alone takes about 90 ms). The next pools take them; left
 * unused, they do not keep the process alive.
 */
export function prestartWorkers(size = defaultWorkerCount()): void {
  while (spares.length < size) {
    const spare = { worker: new Worker(WORKER_SCRIPT), failed: false };
    spare.worker.unref();
    // A spare that fails before a pool takes it is never taken; its error must not end the process.
    spare.worker.once('error', () => (spare.failed = true));
    spare.worker.once('exit', () => (spare.failed = true));
    spares.push(spare);
  }
}

/** A started spare worker when there is one, else a new worker; one with a young generation of `youngMb` is new. */
function takeWorker(youngMb: number | undefined): Worker {
  if (youngMb !== undefined)
    return new Worker(WORKER_SCRIPT, { resourceLimits: { maxYoungGenerationSizeMb: youngMb } });
  for (let spare = spares.shift(); spare; spare = spares.shift()) {
    if (spare.failed) continue;
    spare.worker.ref();
    return spare.worker;
  }
  return new Worker(WORKER_SCRIPT);
}

interface Waiter {
  worker: number;
  resolve: (reply: PoolReply) => void;
  reject: (e: Error) => void;
}

/** Runs `detectItem` in worker threads, a batch of items per message. */
export class DetectorPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, Waiter>();
  private readonly dead = new Set<number>();
  private readonly load: number[];
  private readonly rulesById: Map<string, RuleSet['rules'][number]>;
  private nextId = 0;
  /** One port per worker for the second stage's literal sets, analysed here once when a worker first asks. */
  private readonly gatePorts: MessagePort[] = [];
  private gateSets: GateSets | undefined;

  constructor(ruleSet: RuleSet & { recipe: RuleRecipe }, size: number, youngMb?: number) {
    this.workers = Array.from({ length: size }, (_, index) => {
      const worker = takeWorker(youngMb);
      // Each worker would spend 150-250 ms of a cold thread on the same regex analysis: this thread, idle while
      // workers scan, does it once.
      const { port1, port2 } = new MessageChannel();
      port1.on('message', () => port1.postMessage((this.gateSets ??= gateSets(createDetector(ruleSet)))));
      port1.unref();
      this.gatePorts.push(port1);
      worker.postMessage({ recipe: ruleSet.recipe, gates: port2 } satisfies WorkerMessage, [port2]);
      worker.on('message', (reply: PoolReply) => this.settle(reply));
      worker.on('error', (error) => this.fail(index, error.message));
      worker.on('exit', (code) => this.fail(index, `exited with code ${code}`));
      return worker;
    });
    this.load = this.workers.map(() => 0);
    this.rulesById = new Map(ruleSet.rules.map((r) => [r.id, r]));
  }

  /**
   * Scans a batch of items in the least busy worker: a result or the error of its read for each, in order.
   * Rejects with WorkerFailure when the worker dies, so that the caller can scan the batch itself.
   */
  async detectBatch(items: Item[]): Promise<Array<ItemResult | Error>> {
    const id = this.nextId++;
    const jobs: PoolJob[] = [];
    const transfer: ArrayBuffer[] = [];
    for (const [index, item] of items.entries()) {
      if (item.file) {
        jobs.push({ id: index, path: item.path, file: item.file, size: item.size });
        continue;
      }
      const content = await item.read();
      // Shared memory crosses as a view, without a copy; the item is released only once the reply is in.
      if (content.buffer instanceof SharedArrayBuffer) {
        jobs.push({ id: index, path: item.path, shared: content });
        continue;
      }
      const copy = Uint8Array.from(content);
      jobs.push({ id: index, path: item.path, buffer: copy.buffer });
      transfer.push(copy.buffer);
    }
    const reply = (await this.request({ id, jobs }, transfer)) as Extract<PoolReply, { replies: unknown }>;
    return reply.replies.map((r) => this.outcome(r));
  }

  /**
   * Walks `dirs` and scans their files in the least busy worker, up to about `budget` files; the
   * directories it did not get to come back as `pending`. Rejects with WorkerFailure when the worker dies.
   */
  async walkTask(walk: WalkOptions, dirs: WalkDir[], budget: number): Promise<WalkResult> {
    const reply = (await this.request({ id: this.nextId++, walk, dirs, budget })) as WalkReply;
    return {
      scanned: reply.scanned,
      outcomes: reply.files.map((f) => ({ path: f.path, outcome: this.outcome(f.reply) })),
      archives: reply.archives,
      notes: reply.notes,
      pending: reply.pending,
    };
  }

  private request(message: PoolRequest, transfer: ArrayBuffer[] = []): Promise<PoolReply> {
    let worker = -1;
    for (let i = 0; i < this.workers.length; i++)
      if (!this.dead.has(i) && (worker === -1 || this.load[i]! < this.load[worker]!)) worker = i;
    if (worker === -1) return Promise.reject(new WorkerFailure('no detection worker is running'));
    this.load[worker]!++;
    return new Promise((resolve, reject) => {
      this.waiting.set(message.id, { worker, resolve, reject });
      this.workers[worker]!.postMessage(message satisfies WorkerMessage, transfer);
    });
  }

  private outcome(reply: JobReply): ItemResult | Error {
    if ('error' in reply) return Object.assign(new Error(reply.error.message), { code: reply.error.code });
    return {
      bytes: reply.bytes,
      note: reply.note,
      matches: reply.matches.map(({ ruleId, ...rest }) => ({ ...rest, rule: this.rulesById.get(ruleId)! })),
    };
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.workers.forEach((_, i) => this.dead.add(i));
    for (const port of this.gatePorts) port.close();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(reply: PoolReply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    this.load[waiter.worker]!--;
    waiter.resolve(reply);
  }

  private fail(index: number, reason: string): void {
    this.dead.add(index);
    for (const [id, waiter] of this.waiting) {
      if (waiter.worker !== index) continue;
      this.waiting.delete(id);
      waiter.reject(new WorkerFailure(`detection worker failed: ${reason}`));
    }
  }
}
