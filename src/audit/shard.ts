// `--shard k/n`: a deterministic split of a sorted list, so that n machines together cover it exactly once.
import { UsageError } from '../errors.js';

/** One shard of n, 1-based. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `k/n` with 1 ≤ k ≤ n. */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard "${value}": use k/n with 1 <= k <= n, e.g. 2/3`);
  return { index, count };
}

/** The items of shard k: those at positions i with i % n === k - 1 (round robin spreads big neighbours). */
export function pickShard<T>(items: readonly T[], shard: Shard): T[] {
  return items.filter((_, i) => i % shard.count === shard.index - 1);
}
