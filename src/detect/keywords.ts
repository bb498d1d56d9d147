// The keyword prefilter: every occurrence of a set of lower-case keywords in raw bytes, ignoring ASCII case.
//
// A regex alternation over a decoded string ran at about 250 MB/s; this works on the bytes themselves (no
// decoding) with a Wu-Manber skip table: a bigram at the end of the window of the shortest keyword's length
// tells how far the window can move without skipping a possible start. Four independent cursors walk the four
// quarters of the range at once, because each step waits on a table load and the CPU overlaps such chains
// (two cursors were 1.6x faster than one, four 1.2x faster than two).
//
// Hits go into an array, not to a callback, and a matcher runs once over its own keywords before a large input
// (`warm`): V8 optimises the loop while it runs (on-stack replacement), and a call site or branch that had not run by
// then (a cursor's first hit, the tails, a second caller's callback) threw the optimised code away. Each of the seven or eight
// recompilations that followed cost 50-150 ms of compiler time in every worker.
//
// Until then, a range of up to NATIVE_RANGE bytes is searched with the string search V8 has built in, a pass per
// keyword: on a pre-commit's few files the loop ran just long enough for V8 to optimise it in the background
// (60-70M instructions of compiler time, more than the whole scan), and that search is compiled already.

/** The largest range an unwarmed matcher searches keyword by keyword (see above). */
const NATIVE_RANGE = 64 * 1024;

/** Maps ASCII upper-case letters to lower case, every other byte to itself. */
const LOWER = Uint8Array.from({ length: 256 }, (_, b) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b));

/** Folds a byte pair to 15 bits (ASCII case and each high bit dropped), the first byte low: a little-endian pair as read by one load. */
function bigram(a: number, b: number): number {
  return ((a | 0x20) & 0x7f) | (((b | 0x20) & 0x7f) << 8);
}

/** The folded pair of bytes `at - 1` and `at`, in one 16-bit load. */
function pairAt(view: DataView, at: number): number {
  return (view.getUint16(at - 1, true) | 0x2020) & 0x7f7f;
}

/** The folded bytes `at - 2`..`at` hashed to 15 bits, in one 32-bit load (the byte at `at - 3` dropped). */
function tripleAt(view: DataView, at: number): number {
  return Math.imul(((view.getUint32(at - 3, true) >>> 8) | 0x202020) & 0x7f7f7f, 0x9e3779b1) >>> 17;
}

/** Folds three bytes as `tripleAt` reads them. */
function triple(a: number, b: number, c: number): number {
  const folded = (((a | 0x20) & 0x7f) | (((b | 0x20) & 0x7f) << 8) | (((c | 0x20) & 0x7f) << 16)) >>> 0;
  return Math.imul(folded, 0x9e3779b1) >>> 17;
}

/**
 * Keywords at least this long are skipped over by triples, not pairs. The shift can then be one byte less at most,
 * but a set of 160 keywords holds 900 of the 4,000-odd pairs common in text and almost none of their triples: on
 * axios's history the long keywords' pass shifted by 2.7 bytes a step on pairs.
 */
const TRIPLE_SPAN = 7;

/**
 * The Wu-Manber tables of a keyword set. Only a range past NATIVE_RANGE, or a warmed matcher, reads them: a
 * pre-commit's few kilobytes never do, and its detector builds eight matchers (two 32 KB tables each, every keyword's
 * triples hashed), about 8% of the samples of a clean commit's whole process when they were built at once.
 */
class SkipTable {
  /** Length in bytes of the shortest keyword: the window the skip table reasons about. */
  readonly span: number;
  readonly shift = new Uint8Array(1 << 15);
  /**
   * The openings some keyword starts with (`openingAt`): a second, cheap check before comparing keywords. Four bytes
   * where every keyword has them: a window whose last pair ends a keyword's opening (1 in 27 on the base64 of
   * lockfiles) mostly starts with no keyword's first pair either, but some do, and each cost a call to `confirm`.
   */
  readonly opening = new Uint8Array(1 << 15);
  /** Whether openings are four bytes long (every keyword is), else two. */
  readonly wide: boolean;
  /** Whether the shift table is indexed by the window's last three bytes (`tripleAt`), else its last two. */
  readonly tri: boolean;
  /** For a bigram that ends some keyword's first `span` bytes: those keywords. */
  readonly endingWith: Array<number[] | undefined> = [];
  /** The keywords in UTF-8, as `confirm` compares them. */
  readonly bytes: Uint8Array[];

  constructor(keywords: readonly string[]) {
    const bytes = keywords.map((k) => Buffer.from(k, 'utf8'));
    this.bytes = bytes;
    this.span = Math.min(...bytes.map((k) => k.length));
    this.wide = this.span >= 4;
    this.tri = this.span >= TRIPLE_SPAN;
    const gram = this.tri ? 3 : 2;
    this.shift.fill(Math.min(255, this.span - gram + 1));
    bytes.forEach((k, index) => {
      this.opening[this.openingAt(new DataView(k.buffer, k.byteOffset, k.byteLength), 0)] = 1;
      for (let j = gram - 1; j < this.span; j++) {
        const key = this.tri ? triple(k[j - 2]!, k[j - 1]!, k[j]!) : bigram(k[j - 1]!, k[j]!);
        const distance = this.span - 1 - j;
        if (distance < this.shift[key]!) this.shift[key] = distance;
      }
      (this.endingWith[bigram(k[this.span - 2]!, k[this.span - 1]!)] ??= []).push(index);
    });
  }

  /** The opening of a window starting at `start`, folded as `bigram` folds (four bytes hashed to 15 bits, or a pair). */
  openingAt(view: DataView, start: number): number {
    return this.wide
      ? Math.imul((view.getUint32(start, true) | 0x20202020) & 0x7f7f7f7f, 0x9e3779b1) >>> 17
      : (view.getUint16(start, true) | 0x2020) & 0x7f7f;
  }
}

/** A compiled keyword set. Keywords must be at least two bytes long. */
export class KeywordMatcher {
  readonly keywords: readonly string[];
  /** Built on first use (see SkipTable). */
  private table: SkipTable | undefined;
  /** Length in bytes of the longest keyword. */
  private readonly longest: number;
  /**
   * Every keyword is ASCII: lower-casing text as latin1 (which lower-cases no other character to ASCII) then finds
   * exactly the ASCII-case-insensitive occurrences.
   */
  private readonly ascii: boolean;
  /** Whether `warm` has run. */
  warmed = false;

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    const lengths = keywords.map((k) => Buffer.byteLength(k, 'utf8'));
    if (lengths.some((length) => length < 2)) throw new Error('keywords must be at least two bytes long');
    this.longest = Math.max(...lengths);
    this.ascii = keywords.every((k, i) => k.length === lengths[i]);
  }

  /**
   * Runs every branch and call site once, each cursor's hits and the tails too, before a large input: V8 then
   * optimises `find` with all of them seen. A pre-commit's few kilobytes never need it, and there the sample alone
   * made V8 optimise `confirm` (tens of millions of instructions of compiler time in a 250 ms process).
   */
  warm(): void {
    this.warmed = true;
    const sample = Buffer.from(`${this.keywords.join(' ')} `.repeat(4));
    this.find(sample, 0, sample.length, []);
  }

  /**
   * Appends to `hits` the keyword index and start offset, in pairs, of every occurrence that starts in `from`..`to`
   * (exclusive; it may run past `to`), in no particular order.
   */
  find(data: Uint8Array, from: number, to: number, hits: number[]): void {
    if (this.keywords.length === 0) return;
    if (!this.warmed && this.ascii && to - from <= NATIVE_RANGE) {
      this.search(data, from, to, hits);
      return;
    }
    const table = (this.table ??= new SkipTable(this.keywords));
    const last = table.span - 1;
    const quarter = (to - from) >> 2;
    // Each cursor sits on the last byte of a window whose start lies in its own quarter of the range.
    let a = from + last;
    let b = from + quarter + last;
    let c = from + 2 * quarter + last;
    let d = from + 3 * quarter + last;
    const endA = Math.min(data.length, b);
    const endB = Math.min(data.length, c);
    const endC = Math.min(data.length, d);
    const endD = Math.min(data.length, to + last);
    const { shift, opening, tri } = table;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    while (a < endA && b < endB && c < endC && d < endD) {
      const sa = shift[tri ? tripleAt(view, a) : pairAt(view, a)]!;
      const sb = shift[tri ? tripleAt(view, b) : pairAt(view, b)]!;
      const sc = shift[tri ? tripleAt(view, c) : pairAt(view, c)]!;
      const sd = shift[tri ? tripleAt(view, d) : pairAt(view, d)]!;
      if (sa === 0 && opening[table.openingAt(view, a - last)]) this.confirm(table, data, a, hits);
      if (sb === 0 && opening[table.openingAt(view, b - last)]) this.confirm(table, data, b, hits);
      if (sc === 0 && opening[table.openingAt(view, c - last)]) this.confirm(table, data, c, hits);
      if (sd === 0 && opening[table.openingAt(view, d - last)]) this.confirm(table, data, d, hits);
      a += sa || 1;
      b += sb || 1;
      c += sc || 1;
      d += sd || 1;
    }
    this.walk(table, data, view, a, endA, hits);
    this.walk(table, data, view, b, endB, hits);
    this.walk(table, data, view, c, endC, hits);
    this.walk(table, data, view, d, endD, hits);
  }

  /** `find` by one string search per keyword, in the range and the longest keyword's length past it, lower-cased. */
  private search(data: Uint8Array, from: number, to: number, hits: number[]): void {
    const end = Math.min(data.length, to + this.longest - 1);
    const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1', from, end).toLowerCase();
    const starts = to - from;
    this.keywords.forEach((keyword, index) => {
      for (let at = text.indexOf(keyword); at !== -1 && at < starts; at = text.indexOf(keyword, at + 1))
        hits.push(index, from + at);
    });
  }

  /** One cursor from `at` to `end`: the rest of a quarter once another cursor has finished its own. */
  private walk(table: SkipTable, data: Uint8Array, view: DataView, at: number, end: number, hits: number[]): void {
    const last = table.span - 1;
    const { shift, opening, tri } = table;
    while (at < end) {
      const step = shift[tri ? tripleAt(view, at) : pairAt(view, at)]!;
      if (step === 0 && opening[table.openingAt(view, at - last)]) this.confirm(table, data, at, hits);
      at += step || 1;
    }
  }

  /** Checks the keywords that may start `span - 1` bytes before `end`, byte by byte. */
  private confirm(table: SkipTable, data: Uint8Array, end: number, hits: number[]): void {
    const start = end - table.span + 1;
    for (const index of table.endingWith[bigram(data[end - 1]!, data[end]!)] ?? []) {
      const keyword = table.bytes[index]!;
      if (start + keyword.length > data.length) continue;
      let j = 0;
      while (j < keyword.length && LOWER[data[start + j]!] === keyword[j]) j++;
      if (j === keyword.length) hits.push(index, start);
    }
  }
}
