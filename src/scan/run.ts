// The pipeline: a source yields items, the engine turns them into matches, policies add where-findings,
// and the result is a redacted report plus an in-memory vault of the raw secrets (never serialised).
import { resolve as resolvePath } from 'node:path';
import { createDetector } from '../detect/engine.js';
import { detectItem, type ItemResult } from '../detect/item.js';
import { describeSystemError } from '../errors.js';
import { sortFindings, sortNotes, toFindings } from '../findings.js';
import type { RuleSet } from '../rules.js';
import { ExtensionPackages } from '../sources/extension-package.js';
import { dartDefineFiles } from '../sources/dart-define-files.js';
import { publicEnvPrefixes } from '../sources/public-env-prefixes.js';
import { isArchive } from '../sources/archive-kind.js';
import type { TreePlan, TreeSource, WalkDir, WalkedFile } from '../sources/files.js';
import type { Finding, Item, ScanNote, ScanResult, SecretVault, Source } from '../types.js';

/** Options of a scan of any source. */
export interface ScanRunOptions {
  /** Items read at once; detection itself is synchronous. Default: 16. */
  concurrency?: number;
  /** Called after each item, for progress display. */
  onProgress?: (files: number, bytes: number) => void;
  /** Stops the scan early (SIGINT): what was found so far is returned. */
  signal?: AbortSignal;
  /** Worker threads for detection; 0 scans on the main thread (best for a handful of small items). Default: 0. */
  workers?: number;
  /** A cap on each detection worker's young generation, in MB; V8's own size when absent. */
  workerYoungMb?: number;
  /** Reference mode: no prefilter, every pattern over every block (slow; tests compare it with the fast path). */
  exhaustive?: boolean;
  /** When this thread's detector starts the prefilter's second stage (default `auto`: once the scan proves large). */
  gating?: 'auto' | 'always' | 'never';
}

/** Items scanned on this thread before detection workers start (when the scan asks for workers). */
export const ITEMS_BEFORE_WORKERS = 64;
/** A worker walk's share: directories per request, and files before it hands back what is left. */
const DIRS_PER_WALK = 8;
const FILES_PER_WALK = 1024;

/** Scans every item of `source` with `ruleSet`. */
export async function scanSource(
  source: Source | TreeSource,
  ruleSet: RuleSet,
  options: ScanRunOptions = {},
): Promise<ScanResult> {
  const started = Date.now();
  const detector = createDetector(ruleSet, { exhaustive: options.exhaustive, gating: options.gating });
  const policies = ruleSet.rules.filter((r) => r.when.length > 0);
  const notes: ScanNote[] = [];
  const findings: Finding[] = [];
  const secrets: SecretVault = new Map();
  const stats = { files: 0, bytes: 0, durationMs: 0 };
  // The pool is loaded only when used, and only once the scan proves larger than a few items: workers
  // take longer to start (about 125 ms here) than this thread takes to scan a pre-commit's blobs.
  const wantsPool = Boolean(options.workers && ruleSet.recipe && !options.exhaustive);
  let threads: typeof import('../detect/pool.js') | undefined;
  let pool: import('../detect/pool.js').DetectorPool | undefined;
  // Work in flight: items on this thread; batches of items with the pool (`concurrency` counts items either way).
  let batchSize = 1;
  let limit = options.concurrency ?? 16;
  const startPool = async (): Promise<void> => {
    threads = await import('../detect/pool.js');
    pool = new threads.DetectorPool({ ...ruleSet, recipe: ruleSet.recipe! }, options.workers!, options.workerYoungMb);
    batchSize = Math.min(threads.BATCH, options.concurrency ?? Infinity);
    limit = options.concurrency
      ? Math.max(1, Math.floor(options.concurrency / batchSize))
      : threads.batchesInFlight(options.workers!);
  };
  let seen = 0;
  const running = new Set<Promise<void>>();
  // Submitters waiting for a free slot: the source loop, and with workers walking, fallback walks and archives.
  const slotWaiters: Array<() => void> = [];

  const count = (files: number, bytes: number): void => {
    stats.files += files;
    stats.bytes += bytes;
    options.onProgress?.(stats.files, stats.bytes);
  };
  // Which folders hold a browser extension's manifest, asked only for keys that a bundle policy may concern.
  const packages = new ExtensionPackages();
  // Which public variable prefixes projects' bundler configs declare, asked likewise.
  const prefixes = publicEnvPrefixes();
  // Which files Flutter projects' launchers compile in with `--dart-define-from-file`, asked likewise.
  const defineFiles = dartDefineFiles();
  /** Records an item's findings and notes; false when it could not be read. */
  const record = (item: Pick<Item, 'path' | 'commit' | 'file'>, outcome: ItemResult | Error): outcome is ItemResult => {
    if (outcome instanceof Error) {
      notes.push({ file: item.path, reason: describeSystemError(outcome) });
      return false;
    }
    if (outcome.note) notes.push({ file: item.path, reason: outcome.note });
    const { file } = item;
    const place =
      file === undefined
        ? undefined
        : {
            inExtensionPackage: () => packages.holds(file),
            publicEnvPrefixes: () => prefixes.of(file),
            compiledByDefineFile: () => defineFiles.of(file).includes(resolvePath(file)),
          };
    for (const match of outcome.matches) findings.push(...toFindings(match, item, policies, secrets, place));
    return true;
  };
  // The item's scan is done here, whichever thread ran it: findings hold strings, not views of its content.
  const consume = (item: Item, outcome: ItemResult | Error): void => {
    if (record(item, outcome)) count(1, outcome.bytes);
    item.release?.();
  };
  const here = (item: Item): Promise<ItemResult | Error> =>
    detectItem(detector, item).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  const track = (task: Promise<void>): void => {
    running.add(task);
    void task.finally(() => {
      running.delete(task);
      for (const wake of slotWaiters.splice(0)) wake();
    });
  };

  let batch: Item[] = [];
  let flushScheduled = false;
  const send = (): void => {
    const items = batch;
    batch = [];
    if (items.length === 0) return;
    const results = pool!.detectBatch(items).catch((error: unknown) => {
      // A worker that died loses no finding: its items are scanned here instead.
      if (error instanceof threads!.WorkerFailure) return Promise.all(items.map(here));
      throw error;
    });
    track(results.then((outcomes) => outcomes.forEach((outcome, i) => consume(items[i]!, outcome))));
  };
  const submit = async (item: Item): Promise<void> => {
    if (!pool) {
      track(here(item).then((outcome) => consume(item, outcome)));
    } else {
      batch.push(item);
      if (batch.length >= batchSize) send();
      else if (!flushScheduled) {
        // A partial batch leaves as soon as the source pauses.
        flushScheduled = true;
        setImmediate(() => {
          flushScheduled = false;
          send();
        });
      }
    }
    // Wait to be woken when a slot frees: racing every running task per item would cost O(limit) each.
    while (running.size >= limit) await new Promise<void>((resolve) => slotWaiters.push(resolve));
  };

  const take = async (item: Item): Promise<void> => {
    if (!isArchive(item.path)) return submit(item);
    // Archive readers load only when an archive turns up.
    const { archiveEntries } = await import('../sources/archive.js');
    for await (const entry of archiveEntries(ownedContent(item), notes)) await submit(entry);
  };

  /**
   * A working tree with workers. This thread first lists files until it has found a few: a tree that
   * small is done before workers would be ready, so it scans them itself. For a larger tree it starts the
   * workers, hands them the directories left, and sends what it found as one batch. Workers walk a budget
   * of files at a time, so that no file passes through this thread; what a budget leaves comes back.
   */
  const walkTree = async (plan: TreePlan): Promise<void> => {
    const { TreeWalk, fileItem } = await import('../sources/files.js');
    const tree = new TreeWalk(plan.walk);
    const pending = [...plan.dirs];
    const found: WalkedFile[] = [];
    while (pending.length > 0 && seen + found.length < ITEMS_BEFORE_WORKERS)
      found.push(...tree.nextDirectory(pending, notes));
    const tasks = new Set<Promise<void>>();
    const walkHere = async (dirs: WalkDir[]): Promise<void> => {
      for (const file of tree.files(dirs, notes)) await take(fileItem(file.absolute, file.display));
    };
    const dispatch = (): void => {
      while (pending.length > 0 && tasks.size < 2 * options.workers! && !options.signal?.aborted) {
        const dirs = pending.splice(-DIRS_PER_WALK);
        const task = pool!.walkTask(plan.walk, dirs, FILES_PER_WALK).then(
          async (result) => {
            for (const { path, outcome } of result.outcomes)
              record({ path, file: resolvePath(plan.walk.base, path) }, outcome);
            count(result.scanned.files, result.scanned.bytes);
            notes.push(...result.notes);
            pending.push(...result.pending);
            for (const archive of result.archives) await take(fileItem(archive.file, archive.path));
          },
          // A worker that died loses no finding: its directories are walked here instead.
          (error: unknown) => (error instanceof threads!.WorkerFailure ? walkHere(dirs) : Promise.reject(error)),
        );
        tasks.add(task);
        // Every walk that ends hands its leftovers on at once: all of them can end while this thread is still
        // scanning what it found first, and then no loop below would ever see the directories they gave back.
        void task
          .finally(() => {
            tasks.delete(task);
            dispatch();
          })
          .catch(() => {});
      }
    };
    if (pending.length > 0) {
      if (!pool) await startPool();
      dispatch();
    }
    for (const file of found) {
      if (options.signal?.aborted) return;
      await take(fileItem(file.absolute, file.display));
    }
    while (tasks.size > 0) {
      await Promise.race(tasks);
      dispatch();
    }
  };

  try {
    const plan = wantsPool && 'plan' in source ? source.plan() : undefined;
    for await (const item of (plan?.rest ?? source).items(notes)) {
      if (options.signal?.aborted) break;
      if (wantsPool && !pool && ++seen > ITEMS_BEFORE_WORKERS) await startPool();
      await take(item);
    }
    if (plan && !options.signal?.aborted) await walkTree(plan);
    send();
    await Promise.all(running);
  } finally {
    await pool?.close();
  }

  stats.durationMs = Date.now() - started;
  return { report: { version: 1, findings: sortFindings(findings), stats, notes: sortNotes(notes) }, secrets };
}

/**
 * An archive whose content is its own memory. Its entries are views of that content, scanned after it is read, so an
 * archive is never released: content in reused memory (a history's slabs) is copied out and its lease released at
 * once. Pinned, each archive in a history kept a 4 MB slab from reuse until a collection, and the reader took fresh
 * ones (wiremock: 26 slabs, about 100 MB of peak RSS).
 */
function ownedContent(item: Item): Item {
  const { release, ...rest } = item;
  if (!release) return item;
  let content: Promise<Buffer> | undefined;
  const copy = async (): Promise<Buffer> => Buffer.from(await item.read());
  return { ...rest, read: () => (content ??= copy().finally(release)) };
}
