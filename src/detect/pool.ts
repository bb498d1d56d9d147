// A pool of detection workers sized to the cores: the main thread walks and assembles, workers read and scan.
// Jobs travel in batches, one message per batch each way: a message per file cost more than scanning it.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RuleRecipe, RuleSet } from '../rules.js';
import type { ItemResult } from '../scan.js';
import type { Item } from '../types.js';

/** A job: a file the worker reads itself, or content already in memory (transferred). */
export type PoolJob = { id: number; path: string } & ({ file: string; size?: number } | { buffer: ArrayBuffer });

/** A worker's answer to one job: matches with rule ids instead of rules, or the error of the read. */
export type JobReply =
  | { id: number; bytes: number; note?: string; matches: Array<Omit<ItemResult['matches'][number], 'rule'> & { ruleId: string }> }
  | { id: number; error: { code?: string; message: string } };

/** What goes to a worker, and what comes back. */
export interface PoolRequest {
  jobs: PoolJob[];
}
export interface PoolReply {
  replies: JobReply[];
}

/** A worker that could not start or died: its jobs can be redone on the main thread. */
export class WorkerFailure extends Error {
  override name = 'WorkerFailure';
}

/** Jobs per message; a partial batch leaves as soon as the producer pauses. */
const BATCH = 32;
/** Jobs the caller should keep in flight so that no worker waits: two batches each. */
export const jobsInFlight = (workers: number): number => workers * BATCH * 2;

// Workers run built JavaScript; when this module runs from TypeScript sources (tests), use the build.
const WORKER_SCRIPT = fileURLToPath(import.meta.url).endsWith('.ts')
  ? new URL('../../dist/detect/worker.js', import.meta.url)
  : new URL('./worker.js', import.meta.url);

/** Workers used by default: one per core. */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

interface Waiter {
  worker: number;
  resolve: (r: ItemResult) => void;
  reject: (e: Error) => void;
}

/** Runs `detectItem` in worker threads. */
export class DetectorPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, Waiter>();
  private readonly dead = new Set<number>();
  private readonly load: number[];
  private readonly rulesById: Map<string, RuleSet['rules'][number]>;
  private batch: Array<{ job: PoolJob; transfer?: ArrayBuffer; waiter: Omit<Waiter, 'worker'> }> = [];
  private flushScheduled = false;
  private nextId = 0;

  constructor(ruleSet: RuleSet & { recipe: RuleRecipe }, size: number) {
    this.workers = Array.from({ length: size }, (_, index) => {
      const worker = new Worker(WORKER_SCRIPT, { workerData: ruleSet.recipe });
      worker.on('message', (reply: PoolReply) => reply.replies.forEach((r) => this.settle(r)));
      worker.on('error', (error) => this.fail(index, error.message));
      worker.on('exit', (code) => this.fail(index, `exited with code ${code}`));
      return worker;
    });
    this.load = this.workers.map(() => 0);
    this.rulesById = new Map(ruleSet.rules.map((r) => [r.id, r]));
  }

  /** Scans one item in a worker. */
  async detect(item: Item): Promise<ItemResult> {
    const id = this.nextId++;
    let job: PoolJob;
    let transfer: ArrayBuffer | undefined;
    if (item.file) {
      job = { id, path: item.path, file: item.file, size: item.size };
    } else {
      const copy = Uint8Array.from(await item.read());
      job = { id, path: item.path, buffer: copy.buffer };
      transfer = copy.buffer;
    }
    return new Promise<ItemResult>((resolve, reject) => {
      this.batch.push({ job, transfer, waiter: { resolve, reject } });
      if (this.batch.length >= BATCH) this.flush();
      else if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.workers.forEach((_, i) => this.dead.add(i));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** Sends the pending batch to the least busy live worker. */
  private flush(): void {
    this.flushScheduled = false;
    const batch = this.batch;
    if (batch.length === 0) return;
    this.batch = [];
    const alive = this.load.map((load, i) => (this.dead.has(i) ? Infinity : load));
    const index = alive.indexOf(Math.min(...alive));
    if (this.dead.has(index)) {
      for (const { waiter } of batch) waiter.reject(new WorkerFailure('no detection worker is running'));
      return;
    }
    for (const { job, waiter } of batch) this.waiting.set(job.id, { ...waiter, worker: index });
    this.load[index]! += batch.length;
    const request: PoolRequest = { jobs: batch.map((b) => b.job) };
    this.workers[index]!.postMessage(request, batch.flatMap((b) => (b.transfer ? [b.transfer] : [])));
  }

  private settle(reply: JobReply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    this.load[waiter.worker]!--;
    if ('error' in reply) {
      waiter.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
      return;
    }
    waiter.resolve({
      bytes: reply.bytes,
      note: reply.note,
      matches: reply.matches.map(({ ruleId, ...rest }) => ({ ...rest, rule: this.rulesById.get(ruleId)! })),
    });
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
