// Content already in memory as items: index blobs, archive entries, rule examples.
import type { Item, Source } from '../types.js';

/** A source over in-memory contents. */
export function memorySource(entries: Array<{ path: string; content: Buffer | string; commit?: string }>): Source {
  return {
    async *items(): AsyncIterable<Item> {
      for (const entry of entries) {
        const buffer = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : entry.content;
        yield {
          path: entry.path,
          size: buffer.length,
          read: async () => buffer,
          ...(entry.commit ? { commit: entry.commit } : {}),
        };
      }
    },
  };
}
