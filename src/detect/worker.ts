// A detection worker: rebuilds the rule set from its recipe, then reads and scans items on request.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { ruleSetFromRecipe, type RuleRecipe } from '../rules.js';
import { detectItem } from '../scan.js';
import type { Item } from '../types.js';
import { createDetector } from './engine.js';
import type { PoolJob, PoolReply } from './pool.js';

const detector = createDetector(ruleSetFromRecipe(workerData as RuleRecipe));

parentPort!.on('message', (job: PoolJob) => {
  const item: Item =
    'file' in job
      ? {
          path: job.path,
          size: job.size,
          // A worker thread may block: a synchronous read saves the thread-pool round trips of readFile.
          read: async () => fs.readFileSync(job.file),
          stream: () => fs.createReadStream(job.file, { highWaterMark: 1024 * 1024 }),
        }
      : { path: job.path, size: job.buffer.byteLength, read: async () => Buffer.from(job.buffer) };
  detectItem(detector, item).then(
    ({ matches, bytes, note }) => {
      const reply: PoolReply = {
        id: job.id,
        bytes,
        note,
        matches: matches.map(({ rule, ...rest }) => ({ ...rest, ruleId: rule.id })),
      };
      parentPort!.postMessage(reply);
    },
    (error: NodeJS.ErrnoException) => parentPort!.postMessage({ id: job.id, error: { code: error.code, message: error.message } } satisfies PoolReply),
  );
});
