// Content that a detection worker reads where it lies: the pool sends a view of shared memory without a copy (see
// DetectorPool.detectBatch), where content in ordinary memory is copied whole into the worker's message.

/**
 * `parts` joined in shared memory of their own. An archive's entries are kept this way: undici's history holds a
 * 65 KB gzipped fixture of 27 MB at three paths, and its three copies for the worker were most of that scan's peak
 * memory.
 */
export function sharedConcat(parts: readonly Uint8Array[], total: number): Buffer {
  const joined = Buffer.from(new SharedArrayBuffer(total));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
