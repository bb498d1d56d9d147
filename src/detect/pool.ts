// A pool of detection workers sized to the cores: the main thread walks and assembles, workers read and scan.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RuleRecipe, RuleSet } from '../rules.js';
import type { ItemResult } from '../scan.js';
import type { Item } from '../types.js';

/** A job: a file the worker reads itself, or content already in memory (transferred). */
export type PoolJob = { id: number; path: string } & ({ file: string; size?: number } | { buffer: ArrayBuffer });

/** A worker's answer: matches with rule ids instead of rules, or the error of the read. */
export type PoolReply =
  | { id: number; bytes: number; note?: string; matches: Array<Omit<ItemResult['matches'][number], 'rule'> & { ruleId: string }> }
  | { id: number; error: { code?: string; message: string } };

/** A worker that could not start or died: its jobs can be redone on the main thread. */
export class WorkerFailure extends Error {
  override name = 'WorkerFailure';
}

// Workers run built JavaScript; when this module runs from TypeScript sources (tests), use the build.
const WORKER_SCRIPT = fileURLToPath(import.meta.url).endsWith('.ts')
  ? new URL('../../dist/detect/worker.js', import.meta.url)
  : new URL('./worker.js', import.meta.url);

/** Workers used by default: one per core. */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

/** Runs `detectItem` in worker threads. */
export class DetectorPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { worker: number; resolve: (r: ItemResult) => void; reject: (e: Error) => void }>();
  private readonly dead = new Set<number>();
  private readonly load: number[];
  private readonly rulesById: Map<string, RuleSet['rules'][number]>;
  private nextId = 0;

  constructor(ruleSet: RuleSet & { recipe: RuleRecipe }, size: number) {
    this.workers = Array.from({ length: size }, (_, index) => {
      const worker = new Worker(WORKER_SCRIPT, { workerData: ruleSet.recipe });
      worker.on('message', (reply: PoolReply) => this.settle(reply));
      worker.on('error', (error) => this.fail(index, error.message));
      worker.on('exit', (code) => this.fail(index, `exited with code ${code}`));
      return worker;
    });
    this.load = this.workers.map(() => 0);
    this.rulesById = new Map(ruleSet.rules.map((r) => [r.id, r]));
  }

  /** Scans one item in the least busy worker. */
  async detect(item: Item): Promise<ItemResult> {
    const id = this.nextId++;
    const alive = this.load.map((load, i) => (this.dead.has(i) ? Infinity : load));
    const index = alive.indexOf(Math.min(...alive));
    if (this.dead.has(index)) throw new WorkerFailure('no detection worker is running');
    const worker = this.workers[index]!;
    let job: PoolJob;
    let transfer: ArrayBuffer[] = [];
    if (item.file) {
      job = { id, path: item.path, file: item.file, size: item.size };
    } else {
      const copy = Uint8Array.from(await item.read());
      job = { id, path: item.path, buffer: copy.buffer };
      transfer = [copy.buffer];
    }
    this.load[index]!++;
    try {
      return await new Promise<ItemResult>((resolve, reject) => {
        this.waiting.set(id, { worker: index, resolve, reject });
        worker.postMessage(job, transfer);
      });
    } finally {
      this.load[index]!--;
    }
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.workers.forEach((_, i) => this.dead.add(i));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(reply: PoolReply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
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
