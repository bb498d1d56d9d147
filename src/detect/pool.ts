// A pool of detection workers sized to the cores: the main thread walks and assembles, workers read and scan.
import { availableParallelism } from 'node:os';
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

/** Workers used by default: one per core. */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

/** Runs `detectItem` in worker threads. */
export class DetectorPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (r: ItemResult) => void; reject: (e: Error) => void }>();
  private readonly load: number[];
  private readonly rulesById: Map<string, RuleSet['rules'][number]>;
  private nextId = 0;

  constructor(ruleSet: RuleSet & { recipe: RuleRecipe }, size: number) {
    const script = new URL('./worker.js', import.meta.url);
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(script, { workerData: ruleSet.recipe });
      worker.on('message', (reply: PoolReply) => this.settle(reply));
      worker.on('error', (error) => this.failAll(error));
      return worker;
    });
    this.load = this.workers.map(() => 0);
    this.rulesById = new Map(ruleSet.rules.map((r) => [r.id, r]));
  }

  /** Scans one item in the least busy worker. */
  async detect(item: Item): Promise<ItemResult> {
    const id = this.nextId++;
    const index = this.load.indexOf(Math.min(...this.load));
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
        this.waiting.set(id, { resolve, reject });
        worker.postMessage(job, transfer);
      });
    } finally {
      this.load[index]!--;
    }
  }

  /** Stops every worker. */
  async close(): Promise<void> {
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

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
