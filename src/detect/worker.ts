// A detection worker: rebuilds the rule set from its recipe, then reads and scans batches of items.
import fs from 'node:fs';
import { type MessagePort, parentPort, receiveMessageOnPort } from 'node:worker_threads';
import { ruleSetFromRecipe } from '../rules.js';
import type { Item } from '../types.js';
import { BLOCK_SIZE, createDetector, type Detector, type GateSets } from './engine.js';
import { detectItem } from './item.js';
import { isArchive } from '../sources/archive-kind.js';
import { TreeWalk, type WalkedFile } from '../sources/files.js';
import { fsPath } from '../name-bytes.js';
import type { JobReply, PoolJob, PoolReply, WalkReply, WalkRequest, WorkerMessage } from './pool.js';

/** Built from the first message, the recipe: a worker may start before the command line has been read. */
let detector: Detector | undefined;

/** One buffer reused for every small file: an allocation per file cost more GC than the scan. */
let scratch = Buffer.allocUnsafe(1 << 20);

/**
 * Reads a whole file into the scratch buffer with blocking reads (a worker may block; this saves the
 * thread-pool round trips of an async read). Undefined when the file is larger than one engine block.
 */
function readSmall(file: string | Buffer): Buffer | undefined {
  const fd = fs.openSync(file, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === scratch.length) {
        if (length > BLOCK_SIZE) return undefined;
        const grown = Buffer.allocUnsafe(Math.min(scratch.length * 2, BLOCK_SIZE + 1));
        scratch.copy(grown, 0, 0, length);
        scratch = grown;
      }
      const wanted = scratch.length - length;
      const read = fs.readSync(fd, scratch, length, wanted, null);
      length += read;
      // A regular file reads short only at its end: that saves the read that would return nothing.
      if (read < wanted) return scratch.subarray(0, length);
    }
  } finally {
    fs.closeSync(fd);
  }
}

function itemOf(job: PoolJob): Item {
  if ('shared' in job) {
    const { buffer, byteOffset, byteLength } = job.shared;
    return { path: job.path, size: byteLength, read: async () => Buffer.from(buffer, byteOffset, byteLength) };
  }
  if ('buffer' in job)
    return { path: job.path, size: job.buffer.byteLength, read: async () => Buffer.from(job.buffer) };
  const file = fsPath(job.file);
  const content = readSmall(file);
  return {
    path: job.path,
    // A file too large for the scratch buffer is streamed from disk by the engine.
    size: content?.length ?? BLOCK_SIZE + 1,
    read: async () => content ?? fs.readFileSync(file),
    stream: () => fs.createReadStream(file, { highWaterMark: 1024 * 1024 }),
  };
}

/** Scans one job; the scratch buffer is only reused once this has finished. */
async function run(job: PoolJob): Promise<JobReply> {
  try {
    const { matches, bytes, note } = await detectItem(detector!, itemOf(job));
    return { id: job.id, bytes, note, matches: matches.map(({ rule, ...rest }) => ({ ...rest, ruleId: rule.id })) };
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return { id: job.id, error: { code, message } };
  }
}

/** Walks a request's directories with the file walker and scans each file; archives go back unread. */
async function walk({ id, walk: options, dirs, budget }: WalkRequest): Promise<WalkReply> {
  const reply: WalkReply = {
    id,
    scanned: { files: 0, bytes: 0 },
    files: [],
    archives: [],
    notes: [],
    pending: [...dirs],
  };
  const tree = new TreeWalk(options);
  let seen = 0;
  while (reply.pending.length > 0 && seen < budget) {
    const files = tree.nextDirectory(reply.pending, reply.notes);
    seen += files.length;
    for (const file of files) await scanWalked(file, reply);
  }
  return reply;
}

async function scanWalked(file: WalkedFile, reply: WalkReply): Promise<void> {
  if (isArchive(file.display)) {
    reply.archives.push({ path: file.display, file: file.absolute });
    return;
  }
  const result = await run({ id: 0, path: file.display, file: file.absolute });
  // Only what there is to report crosses back: most files have nothing, and the counts say they were scanned.
  if ('error' in result || result.note || result.matches.length > 0)
    reply.files.push({ path: file.display, reply: result });
  if ('error' in result) return;
  reply.scanned.files++;
  reply.scanned.bytes += result.bytes;
}

/**
 * The prefilter's second stage from the pool's thread, which analyses the rules once for every worker: asked for on
 * the first call, read without waiting (this thread is busy scanning while the answer comes) on the next ones.
 */
function askForGates(port: MessagePort): () => GateSets | undefined {
  let asked = false;
  return () => {
    const reply = receiveMessageOnPort(port);
    if (reply) return reply.message as GateSets;
    if (!asked) port.postMessage('gates');
    asked = true;
    return undefined;
  };
}

// Requests run one after another, so that two never share the scratch buffer.
let queue = Promise.resolve();
parentPort!.on('message', (request: WorkerMessage) => {
  queue = queue
    .then(async () => {
      if ('recipe' in request) {
        detector = createDetector(ruleSetFromRecipe(request.recipe));
        if (request.gates) detector.sharedGates = askForGates(request.gates);
        return;
      }
      if ('walk' in request) {
        parentPort!.postMessage((await walk(request)) satisfies PoolReply);
        return;
      }
      const replies: JobReply[] = [];
      for (const job of request.jobs) replies.push(await run(job));
      parentPort!.postMessage({ id: request.id, replies } satisfies PoolReply);
    })
    .catch((error: unknown) => {
      // A request that failed outside a file's own scan ends this worker: the pool redoes its work elsewhere.
      setImmediate(() => {
        throw error;
      });
    });
});
