// Escaped views: a base64 key whose `/`, `+` and `=` are written as escapes, `\/` by PHP's json_encode, `\u002B`
// by .NET's System.Text.Json, `%2F` in a URL-encoded form body or query. The value regexes stop at the escape, so
// the view writes each such run unescaped and the ordinary bindings find the key, reported at the run's start; a
// key found cut short at the first escape gives way to it.
import { anyIn, byteSigns } from './byte-signs.js';
import type { Replacement } from './views.js';

/** Byte strings one of which an item must hold to be looked at. */
const NEEDLES = byteSigns(['\\/', '\\u00', '%2F', '%2f', '%2B', '%2b', '%3D', '%3d']);
/** One unit of a run: a base64 character or an escape of `/`, `+` or `=`. */
const UNIT = /[A-Za-z0-9+/_-]|\\\/|\\u00(?:2[BbFf]|3[Dd])|%(?:2[BbFf]|3[Dd])/y;
const ESCAPE = /\\\/|\\u00(?:2[BbFf]|3[Dd])|%(?:2[BbFf]|3[Dd])/g;
const UNESCAPED: Record<string, string> = { '2b': '+', '2f': '/', '3d': '=' };
/** Runs shorter than this (unescaped) cannot hold a key; longer than this are not one. */
const MIN_RUN = 20;
const MAX_RUN = 512;
/** At most this many runs are rewritten in one item. */
const MAX_RUNS = 10_000;

/** Whether `bytes` holds any escape a key could be written with. */
export function mayHoldEscapes(bytes: Buffer): boolean {
  return anyIn(NEEDLES, bytes);
}

/** Replacements writing each run of base64 characters that holds an escape unescaped. */
export function findEscaped(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  let done = 0;
  ESCAPE.lastIndex = 0;
  for (let hit = ESCAPE.exec(latin1); hit && found.length < MAX_RUNS; hit = ESCAPE.exec(latin1)) {
    if (hit.index < done) continue;
    let from = hit.index;
    while (from > done && /[A-Za-z0-9+/_-]/.test(latin1[from - 1]!) && hit.index - from < MAX_RUN) from--;
    let to = from;
    for (UNIT.lastIndex = from; to - from <= MAX_RUN * 6 && UNIT.exec(latin1); ) to = UNIT.lastIndex;
    done = to;
    ESCAPE.lastIndex = Math.max(ESCAPE.lastIndex, to);
    const text = latin1.slice(from, to).replace(ESCAPE, unescaped);
    if (text.length >= MIN_RUN && text.length <= MAX_RUN)
      found.push({ from, to, text, report: from, encoded: [from, to] });
  }
  return found;
}

function unescaped(sequence: string): string {
  return sequence === '\\/' ? '/' : UNESCAPED[sequence.slice(-2).toLowerCase()]!;
}
