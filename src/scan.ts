// The pipeline: a source yields items, the engine turns them into matches, policies add where-findings,
// and the result is a redacted report plus an in-memory vault of the raw secrets (never serialised).
import { BLOCK_SIZE, ItemScanner, createDetector, type Detector, type Match } from './detect/engine.js';
import fs from 'node:fs';
import { describeSystemError } from './errors.js';
import { fingerprintOf } from './fingerprint.js';
import { policiesFor } from './policy/policies.js';
import { redact } from './redact.js';
import type { Rule, RuleSet } from './rules.js';
import { isArchive } from './sources/archive-kind.js';
import { MAX_SOURCE_MAP_BYTES, embeddedSources, isSourceMap } from './sources/sourcemap.js';
import type { TreePlan, WalkDir, WalkedFile } from './sources/files.js';
import type { Finding, Item, OriginalLocation, Report, ScanNote, Source } from './types.js';

/** Raw secrets by fingerprint: what validation needs and `--show-secrets` reveals. Never written to disk. */
export type SecretVault = Map<string, string>;

/** A finished scan: the redacted report and the vault. */
export interface ScanResult {
  report: Report;
  secrets: SecretVault;
}

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
  /** Reference mode: no prefilter, every pattern over every block (slow; tests compare it with the fast path). */
  exhaustive?: boolean;
}

/** What the engine found in one item. */
export interface ItemResult {
  matches: Array<Match & { original?: OriginalLocation }>;
  bytes: number;
  note?: string;
}

const BINARY_PROBE = 8000;
/** Items scanned on this thread before detection workers start (when the scan asks for workers). */
export const ITEMS_BEFORE_WORKERS = 64;
/** A worker walk's share: directories per request, and files before it hands back what is left. */
const DIRS_PER_WALK = 8;
const FILES_PER_WALK = 1024;

/** Scans every item of `source` with `ruleSet`. */
export async function scanSource(source: Source, ruleSet: RuleSet, options: ScanRunOptions = {}): Promise<ScanResult> {
  const started = Date.now();
  const detector = createDetector(ruleSet, { exhaustive: options.exhaustive });
  const policies = ruleSet.rules.filter((r) => r.kind === 'policy');
  const notes: ScanNote[] = [];
  const findings: Finding[] = [];
  const secrets: SecretVault = new Map();
  const stats = { files: 0, bytes: 0, durationMs: 0 };
  // The pool is loaded only when used, and only once the scan proves larger than a few items: workers
  // take longer to start (about 125 ms here) than this thread takes to scan a pre-commit's blobs.
  const wantsPool = Boolean(options.workers && ruleSet.recipe && !options.exhaustive);
  let threads: typeof import('./detect/pool.js') | undefined;
  let pool: import('./detect/pool.js').DetectorPool | undefined;
  // Work in flight: items on this thread; batches of items with the pool (`concurrency` counts items either way).
  let batchSize = 1;
  let limit = options.concurrency ?? 16;
  const startPool = async (): Promise<void> => {
    threads = await import('./detect/pool.js');
    pool = new threads.DetectorPool({ ...ruleSet, recipe: ruleSet.recipe! }, options.workers!);
    batchSize = Math.min(threads.BATCH, options.concurrency ?? Infinity);
    limit = options.concurrency ? Math.max(1, Math.floor(options.concurrency / batchSize)) : threads.batchesInFlight(options.workers!);
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
  /** Records an item's findings and notes; false when it could not be read. */
  const record = (item: Pick<Item, 'path' | 'commit'>, outcome: ItemResult | Error): outcome is ItemResult => {
    if (outcome instanceof Error) {
      notes.push({ file: item.path, reason: describeSystemError(outcome) });
      return false;
    }
    if (outcome.note) notes.push({ file: item.path, reason: outcome.note });
    for (const match of outcome.matches) findings.push(...toFindings(match, item, policies, secrets));
    return true;
  };
  const consume = (item: Item, outcome: ItemResult | Error): void => {
    if (record(item, outcome)) count(1, outcome.bytes);
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
    const { archiveEntries } = await import('./sources/archive.js');
    for await (const entry of archiveEntries(item, notes)) await submit(entry);
  };

  /**
   * A working tree with workers. This thread first lists files until it has found a few: a tree that
   * small is done before workers would be ready, so it scans them itself. For a larger tree it starts the
   * workers, hands them the directories left, and sends what it found as one batch. Workers walk a budget
   * of files at a time, so that no file passes through this thread; what a budget leaves comes back.
   */
  const walkTree = async (plan: TreePlan): Promise<void> => {
    const { TreeWalk, fileItem } = await import('./sources/files.js');
    const tree = new TreeWalk(plan.walk);
    const pending = [...plan.dirs];
    const found: WalkedFile[] = [];
    while (pending.length > 0 && seen + found.length < ITEMS_BEFORE_WORKERS) found.push(...tree.nextDirectory(pending, notes));
    const tasks = new Set<Promise<void>>();
    const walkHere = async (dirs: WalkDir[]): Promise<void> => {
      for (const file of tree.files(dirs, notes)) await take(fileItem(file.absolute, file.display));
    };
    const dispatch = (): void => {
      while (pending.length > 0 && tasks.size < 2 * options.workers! && !options.signal?.aborted) {
        const dirs = pending.splice(-DIRS_PER_WALK);
        const task = pool!.walkTask(plan.walk, dirs, FILES_PER_WALK).then(
          async (result) => {
            for (const { path, outcome } of result.outcomes) record({ path }, outcome);
            count(result.scanned.files, result.scanned.bytes);
            notes.push(...result.notes);
            pending.push(...result.pending);
            for (const archive of result.archives) await take(fileItem(archive.file, archive.path));
          },
          // A worker that died loses no finding: its directories are walked here instead.
          (error: unknown) => (error instanceof threads!.WorkerFailure ? walkHere(dirs) : Promise.reject(error)),
        );
        tasks.add(task);
        void task.finally(() => tasks.delete(task)).catch(() => {});
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
    const plan = wantsPool ? source.plan?.() : undefined;
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

/** Runs the engine over one item, streaming it when it is larger than a block. */
export async function detectItem(detector: Detector, item: Item): Promise<ItemResult> {
  const map = isSourceMap(item.path);
  const size = item.size ?? (item.file ? (await fs.promises.stat(item.file)).size : undefined);
  const streamed = item.stream && size !== undefined && size > BLOCK_SIZE && !(map && size <= MAX_SOURCE_MAP_BYTES);
  if (streamed) return detectStream(detector, item.stream!());

  let buffer = await item.read();
  if (isBinary(buffer)) {
    const decoded = decodeUtf16(buffer);
    if (!decoded) return { matches: [], bytes: buffer.length, note: 'binary file skipped' };
    buffer = decoded;
  }
  const scanner = new ItemScanner(detector);
  for (let at = 0; at < buffer.length || at === 0; at += BLOCK_SIZE) {
    scanner.feed(buffer.subarray(at, at + BLOCK_SIZE), at + BLOCK_SIZE >= buffer.length);
  }
  const matches: ItemResult['matches'] = scanner.finish();
  const result: ItemResult = { matches, bytes: buffer.length };
  if (map) addEmbeddedMatches(detector, buffer, result);
  return result;
}

async function detectStream(detector: Detector, chunks: AsyncIterable<Buffer>): Promise<ItemResult> {
  const scanner = new ItemScanner(detector);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let bytes = 0;
  let ready: Buffer | undefined;
  for await (const chunk of chunks) {
    if (bytes === 0 && isBinary(chunk)) return { matches: [], bytes: chunk.length, note: 'binary file skipped' };
    bytes += chunk.length;
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= BLOCK_SIZE) {
      if (ready) scanner.feed(ready, false);
      ready = Buffer.concat(pending);
      pending = [];
      pendingBytes = 0;
    }
  }
  // The last block is only known once the stream ends, so one full block is always held back.
  if (pendingBytes > 0) {
    if (ready) scanner.feed(ready, false);
    ready = Buffer.concat(pending);
  }
  scanner.feed(ready ?? Buffer.alloc(0), true);
  return { matches: scanner.finish(), bytes };
}

/**
 * Keys inside a map's sourcesContent are found in the decoded sources (their own context, unescaped),
 * then reported at the map file's line where the key appears, with the original source as `original`.
 */
function addEmbeddedMatches(detector: Detector, map: Buffer, result: ItemResult): void {
  const sources = embeddedSources(map);
  if (!Array.isArray(sources)) {
    result.note = sources.error;
    return;
  }
  const raw = map.toString('latin1');
  const searchFrom = new Map<string, number>();
  const existing = new Map(result.matches.map((m) => [`${m.rule.id}\0${m.offset}`, m]));
  const added: ItemResult['matches'] = [];
  for (const source of sources) {
    const scanner = new ItemScanner(detector);
    scanner.feed(Buffer.from(source.content, 'utf8'), true);
    for (const match of scanner.finish()) {
      const needle = Buffer.from(match.text ?? match.secret, 'utf8').toString('latin1');
      const key = `${match.rule.id}\0${needle}`;
      const offset = raw.indexOf(needle, searchFrom.get(key) ?? 0);
      if (offset === -1) continue;
      searchFrom.set(key, offset + 1);
      const original = { file: source.name, line: match.line, column: match.column };
      const same = existing.get(`${match.rule.id}\0${offset}`);
      if (same) same.original = original;
      else added.push({ ...match, offset, original });
    }
  }
  added.sort((a, b) => a.offset - b.offset);
  locateAscending(raw, added);
  result.matches.push(...added);
  result.matches.sort((a, b) => a.offset - b.offset);
}

/** Sets line and UTF-16 column of matches sorted by offset, in one pass over the text. */
function locateAscending(latin1: string, matches: Array<{ offset: number; line: number; column: number }>): void {
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  let countedTo = 0;
  for (const match of matches) {
    for (let i = latin1.indexOf('\n', lineStart); i !== -1 && i < match.offset; i = latin1.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
      counted = 0;
      countedTo = lineStart;
    }
    counted += Buffer.from(latin1.slice(countedTo, match.offset), 'latin1').toString('utf8').length;
    countedTo = match.offset;
    match.line = line;
    match.column = counted + 1;
  }
}

/** The secret finding of a match, and a policy finding for each policy its location breaks. */
function toFindings(match: ItemResult['matches'][number], item: Pick<Item, 'path' | 'commit'>, policies: Rule[], secrets: SecretVault): Finding[] {
  const { rule } = match;
  const base = {
    vendor: rule.vendor,
    file: item.path,
    line: match.line,
    column: match.column,
    secret: match.secret ? redact(match.secret, rule.prefix) : '',
    environment: match.environment,
    ...(item.commit ? { commit: item.commit } : {}),
    ...(match.original ? { original: match.original } : {}),
  };
  // A usage lint is identified by what the code does, with whitespace normalised, not by where it is.
  const identity = match.text === undefined ? match.secret : match.text.replace(/\s+/g, ' ').trim();
  const own: Finding = { kind: rule.kind, ruleId: rule.id, severity: rule.severity, fingerprint: fingerprintOf(rule.id, identity), message: rule.message, fix: rule.fix, ...base };
  if (match.secret) secrets.set(own.fingerprint, match.secret);
  if (rule.kind !== 'secret') return [own];
  const where = policiesFor(match, item.path, policies).map((policy): Finding => {
    const finding: Finding = {
      kind: 'policy',
      ruleId: policy.id,
      severity: policy.severity,
      fingerprint: fingerprintOf(policy.id, match.secret),
      message: policy.message,
      fix: policy.fix,
      ...base,
    };
    secrets.set(finding.fingerprint, match.secret);
    return finding;
  });
  return [own, ...where];
}

const KIND_ORDER = { secret: 0, policy: 1, usage: 2 } as const;

/** Findings in a stable order: by file, position, kind and rule, so reports never churn. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.commit ?? '', b.commit ?? ''),
  );
}

function sortNotes(notes: ScanNote[]): ScanNote[] {
  return notes.sort((a, b) => compare(a.file, b.file) || compare(a.reason, b.reason));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Binary by content, as git decides: a NUL byte near the start. */
function isBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, BINARY_PROBE).includes(0);
}

/** UTF-16 text (with a byte-order mark) holds NULs but is text: decode it to UTF-8 for the engine. */
function decodeUtf16(buffer: Buffer): Buffer | undefined {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return Buffer.from(buffer.subarray(2).toString('utf16le'), 'utf8');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    const swapped = Buffer.from(buffer.subarray(2, buffer.length - (buffer.length % 2)));
    swapped.swap16();
    return Buffer.from(swapped.toString('utf16le'), 'utf8');
  }
  return undefined;
}
