// Searches that only need the lines holding a name. A regex none of whose matches can hold a newline matches, in a
// pass over the whole text, exactly what it matches line by line (every match lies inside one line, and a pass
// reaches each line's start having settled the lines before), so the matches that hold a given name are found by
// searching only the lines where that name occurs. A header bound to a variable (`binds`) needs the literals bound to
// that variable: searching the whole block for them cost a quarter of the engine's time on the bench corpus.

/** How many starts one bounded search tries: a longer line is searched in several. */
const LINE_STEP = 4096;
/** The empty group that marks where the regex itself starts inside a line search's match. */
const LINE_START = 'keylintLineStart';

/**
 * Whether no match of `regex` can hold a newline: no character class, escape or `.` that it consumes (outside
 * lookarounds, which consume nothing) matches one. False for whatever the reader does not know, for numbered
 * backreferences and for a backreference to a group inside a lookaround (what it matched is not checked).
 */
export function staysOnLine(regex: RegExp): boolean {
  const source = regex.source;
  const dotAll = regex.flags.includes('s');
  /** For each open group: whether it is a lookaround. */
  const groups: boolean[] = [];
  let looking = 0;
  let capturedInLook = false;
  let backreference = false;
  for (let at = 0; at < source.length; ) {
    const c = source[at++]!;
    if (c === '\\') {
      const e = source[at++];
      if (e === undefined || (e >= '1' && e <= '9')) return false;
      if (e === 'k' && source[at] === '<') {
        backreference = true;
        at = source.indexOf('>', at) + 1;
        continue;
      }
      if (looking === 0 && escapeMatchesNewline(source, at - 1)) return false;
      at = afterEscape(source, at - 1);
    } else if (c === '[') {
      const end = classEnd(source, at);
      if (end === -1) return false;
      if (looking === 0 && classMatchesNewline(source.slice(at, end))) return false;
      at = end + 1;
    } else if (c === '(') {
      const look = /^\?(?:=|!|<=|<!)/.test(source.slice(at, at + 3));
      const capturing = source[at] !== '?' || (source.startsWith('?<', at) && !look);
      if (capturing && looking > 0) capturedInLook = true;
      groups.push(look);
      if (look) looking++;
    } else if (c === ')') {
      if (groups.pop()) looking--;
    } else if (looking === 0 && (c === '\n' || (c === '.' && dotAll))) return false;
  }
  return !(backreference && capturedInLook);
}

/** Whether the escape whose letter is at `at` (after the backslash) may match a newline. */
function escapeMatchesNewline(source: string, at: number): boolean {
  const e = source[at]!;
  if (e === 'n' || e === 's' || e === 'D' || e === 'W' || e === '0') return true;
  if (e === 'x' || e === 'u') return codeOfEscape(source, at) === 10;
  if (e === 'c') return /[jJ]/.test(source[at + 1] ?? '');
  return false;
}

/** The offset after the escape whose letter is at `at`. */
function afterEscape(source: string, at: number): number {
  const e = source[at];
  if (e === 'x' && /^[0-9a-fA-F]{2}/.test(source.slice(at + 1, at + 3))) return at + 3;
  if (e === 'u' && /^[0-9a-fA-F]{4}/.test(source.slice(at + 1, at + 5))) return at + 5;
  if (e === 'c' && /[A-Za-z]/.test(source[at + 1] ?? '')) return at + 2;
  return at + 1;
}

/** The character code of a `\x..` or `\u....` escape whose letter is at `at`, or -1 when it is not one. */
function codeOfEscape(source: string, at: number): number {
  const digits = source[at] === 'x' ? 2 : 4;
  const hex = source.slice(at + 1, at + 1 + digits);
  return new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex) ? Number.parseInt(hex, 16) : -1;
}

/** The offset of the `]` that closes a class whose body starts at `at` (`[]` is empty, `[^]` any character), or -1. */
function classEnd(source: string, at: number): number {
  for (let i = at; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return -1;
}

const SIMPLE_CODES: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, b: 8 };

/**
 * One member of a class body at `i`: its character code (-1 for a shorthand such as `\\d`), whether it matches a
 * newline, and where the next member starts; undefined for what is not read here (octal escapes).
 */
function classAtom(body: string, i: number): { code: number; newline: boolean; next: number } | undefined {
  if (body[i] !== '\\') {
    const code = body.charCodeAt(i);
    return { code, newline: code === 10, next: i + 1 };
  }
  const e = body[i + 1] ?? '';
  if ('sSdDwW'.includes(e)) return { code: -1, newline: 'sDW'.includes(e), next: i + 2 };
  if (e >= '0' && e <= '9') return undefined;
  let code: number;
  if (e in SIMPLE_CODES) code = SIMPLE_CODES[e]!;
  else if (e === 'x' || e === 'u') code = codeOfEscape(body, i + 1);
  else if (e === 'c' && /[A-Za-z]/.test(body[i + 2] ?? '')) code = body.charCodeAt(i + 2) % 32;
  else code = body.charCodeAt(i + 1);
  if (code === -1) return undefined;
  return { code, newline: code === 10, next: afterEscape(body, i + 1) };
}

/** Whether a class body (between the brackets) matches a newline; true for what is not read here. */
function classMatchesNewline(body: string): boolean {
  const negated = body.startsWith('^');
  let holds = false;
  for (let i = negated ? 1 : 0; i < body.length; ) {
    const from = classAtom(body, i);
    if (!from) return true;
    i = from.next;
    if (body[i] === '-' && i + 1 < body.length && from.code !== -1) {
      const to = classAtom(body, i + 1);
      if (!to || to.code === -1) return true;
      i = to.next;
      if (from.code <= 10 && to.code >= 10) holds = true;
    } else if (from.newline) holds = true;
  }
  return negated ? !holds : holds;
}

/** Calls of LineSearch.lines after which every line is searched at once (see there). */
const FULL_PASS_AFTER = 256;

/**
 * A regex's matches in the lines holding a name, as a whole-text pass would find them (for a regex that stays on its
 * line), gathered line by line: each line is searched once, whatever names are asked for later.
 */
export class LineSearch {
  /** The regex, tried at each start of a line up to LINE_STEP on, in order: the leftmost match in that stretch. */
  private readonly bounded: RegExp;
  private readonly searched = new Set<number>();
  private readonly lower: (() => string) | undefined;
  /** Calls so far; after FULL_PASS_AFTER of them every line has been searched (`complete`). */
  private calls = 0;
  private complete = false;

  constructor(
    source: string,
    flags: string,
    private readonly text: string,
    /** The text lower-cased, for a case-blind regex (one per block, shared). */
    lower: () => string,
  ) {
    this.bounded = new RegExp(
      `[^\\n]{0,${LINE_STEP}}?(?<${LINE_START}>)(?:${source})`,
      `${flags.replace(/[gdy]/g, '')}yd`,
    );
    this.lower = flags.includes('i') ? lower : undefined;
  }

  /**
   * Calls `found` with each match on the lines holding `name` (ignoring ASCII case for a case-blind regex) that no
   * earlier call has searched, with the offset where the regex's own match starts.
   */
  lines(name: string, found: (m: RegExpExecArray, start: number) => void): void {
    if (this.complete) return;
    const { text } = this;
    // Each call looks for its name from the block's start, and a line's bounds from the name: one pass each. A block
    // of many names (`x-api-key: v1 x-api-key: v2 …`, 70,000 of them on a 1 MB line) made that quadratic, a minute
    // a megabyte. After 256 calls every line is searched once instead, and later calls have nothing left to do.
    if (++this.calls > FULL_PASS_AFTER) {
      this.complete = true;
      for (let start = 0; start < text.length; ) {
        let end = text.indexOf('\n', start);
        if (end === -1) end = text.length;
        this.searchLine(start, end, found);
        start = end + 1;
      }
      return;
    }
    const haystack = this.lower ? this.lower() : text;
    const needle = this.lower ? name.toLowerCase() : name;
    for (let at = haystack.indexOf(needle); at !== -1; ) {
      const start = text.lastIndexOf('\n', at) + 1;
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      this.searchLine(start, end, found);
      at = haystack.indexOf(needle, end + 1);
    }
  }

  /** Searches the line `start`..`end` unless an earlier call has. */
  private searchLine(start: number, end: number, found: (m: RegExpExecArray, start: number) => void): void {
    if (this.searched.has(start)) return;
    this.searched.add(start);
    const { text, bounded } = this;
    let cursor = start;
    while (cursor < end) {
      bounded.lastIndex = cursor;
      const m = bounded.exec(text);
      if (!m) {
        cursor += LINE_STEP + 1;
        continue;
      }
      const matchStart = m.indices!.groups![LINE_START]![0];
      if (matchStart >= end) break;
      found(m, matchStart);
      cursor = Math.max(m.indices![0]![1], matchStart + 1);
    }
  }
}
