// Necessary literals of a regex: sets of lower-case strings such that every match holds a member of each set (a
// lookaround's set: the text beside the match does). The engine uses them as the second stage of its prefilter:
// a pattern whose keyword is common (`key`, `authorization`, `http://`) but whose match or nearby condition needs
// a rare literal (`x-api-key`, a vendor's name or host) runs only in blocks that hold that literal.
//
// The analysis is the one behind code-search trigram indexes (R. Cox, "Regular Expression Matching with a Trigram
// Index", 2012): each node gets the finite set of strings it can match while that set is small (`exact`), and
// sets of substrings that each of its matches holds (`need`). It reads JavaScript's regex syntax without the `u`
// and `v` flags, which rule files never set; a construct it does not know makes it give up on the whole regex,
// and a node it cannot describe counts as matching anything, so an error can only weaken a gate, never drop a match.

/** Literals shorter than this are too common to gate a block on (the keyword pass finds them everywhere). */
const MIN_ANCHOR = 4;
/** Largest exact set kept: past it, a node counts as matching anything. */
const MAX_EXACT = 64;
/** Character classes with more members than this count as matching any character. */
const MAX_CLASS = 4;
/** Sets kept per node: the rarest ones. */
const MAX_SETS = 4;

type Literals = Set<string>;

/** What is known of a node: every string it matches (lower-cased) if few, and sets each of its matches meets. */
interface Info {
  exact: Literals | undefined;
  need: Literals[];
}

const ANY: Info = { exact: undefined, need: [] };
const EMPTY: Info = { exact: new Set(['']), need: [] };

/**
 * Sets of literals (lower case, printable ASCII, four characters or more) such that every match of `regex`, with
 * the text its lookarounds read, holds a member of each; empty when the analysis proves none.
 */
export function requiredLiterals(regex: RegExp, shortest = MIN_ANCHOR): string[][] {
  let info: Info;
  try {
    const parser = new Parser(regex.source, shortest);
    info = parser.alternation();
    if (!parser.done()) return [];
  } catch {
    return [];
  }
  const found = new Map<string, string[]>();
  for (const set of sets(info, shortest)) {
    const literals = minimal(new Set([...set].map((literal) => unquoted(literal, shortest))));
    found.set(literals.join('\n'), literals);
  }
  return [...found.values()];
}

/** Every set a node's matches meet: its exact strings when they can gate, and what it needs. */
function sets(info: Info, shortest: number): Literals[] {
  return info.exact && gateable(info.exact, shortest) ? rarest([info.exact, ...info.need]) : info.need;
}

/**
 * A literal without the quotes and backslashes at its ends (`"x-api-key\"` gives `x-api-key`): a substring, so
 * still necessary, and one keyword for every way of quoting the same name.
 */
function unquoted(literal: string, shortest: number): string {
  const bare = literal.replace(/^["'`\\]+|["'`\\]+$/g, '');
  return bare.length >= shortest ? bare : literal;
}

/**
 * Whether a set can gate: every member long enough and printable ASCII. Patterns see each byte as one latin1
 * character while the keyword pass compares UTF-8 bytes: only ASCII means the same on both sides.
 */
function gateable(set: Literals, shortest: number): boolean {
  if (set.size === 0) return false;
  for (const s of set) if (s.length < shortest || !PRINTABLE.test(s)) return false;
  return true;
}

const PRINTABLE = /^[\x20-\x7e]+$/;

/** Whether every member is printable ASCII or empty (an optional part). */
function allPrintable(set: Literals): boolean {
  for (const s of set) if (s !== '' && !PRINTABLE.test(s)) return false;
  return true;
}

/** The rarest sets first (longer shortest member, then fewer members), at most MAX_SETS. */
function rarest(list: Literals[]): Literals[] {
  if (list.length <= 1) return list;
  const score = (set: Literals) => {
    let min = Infinity;
    for (const s of set) min = Math.min(min, s.length);
    return min * 1000 - set.size;
  };
  return [...new Set(list)].sort((a, b) => score(b) - score(a)).slice(0, MAX_SETS);
}

/** Drops members that contain another member: the shorter one is found wherever the longer one is. */
function minimal(set: Literals): string[] {
  const all = [...set].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  return all.filter((s, i) => !all.slice(0, i).some((t) => s.includes(t)));
}

function product(a: Literals, b: Literals): Literals {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function concat(items: Info[], shortest: number): Info {
  if (items.length === 1) return items[0]!;
  const need: Literals[] = [];
  // The strings a run of consecutive exact items matches, multiplied out while the product stays small: every
  // match of the sequence holds one of them.
  let run: Literals = new Set(['']);
  let whole = true;
  // The same product over printable items only: a run that multiplies in a tab or a newline (`"Api-Key[ \t]?"`)
  // cannot gate, but the printable stretch before it (`api-key`) still holds in every match. While `apart` is
  // false it has the same members as `run`, which then speaks for both.
  let printable: Literals = new Set(['']);
  let apart = false;
  for (const item of items) {
    need.push(...item.need);
    const runBreaks = !item.exact || run.size * item.exact.size > MAX_EXACT;
    const shown = item.exact !== undefined && allPrintable(item.exact);
    if (shown && printable.size * item.exact!.size <= MAX_EXACT) printable = product(printable, item.exact!);
    else {
      if ((apart || !runBreaks) && gateable(printable, shortest)) need.push(printable);
      printable = shown ? item.exact! : new Set(['']);
      // Both start again from the same item: the same members again, unless that item is not printable.
      apart = !runBreaks || (item.exact !== undefined && !shown);
    }
    if (!runBreaks) {
      run = product(run, item.exact!);
      continue;
    }
    if (gateable(run, shortest)) need.push(run);
    whole = false;
    run = item.exact ?? new Set(['']);
  }
  if (!whole && gateable(run, shortest)) need.push(run);
  if (apart && gateable(printable, shortest)) need.push(printable);
  return { exact: whole ? run : undefined, need: rarest(need) };
}

function alternate(branches: Info[], shortest: number): Info {
  let exact: Literals | undefined = new Set();
  // A match of the alternation is a match of one branch: it meets one of each branch's sets, so the union of
  // one set per branch is met.
  let union: Literals | undefined = new Set();
  for (const branch of branches) {
    if (exact && branch.exact && exact.size + branch.exact.size <= MAX_EXACT)
      for (const s of branch.exact) exact.add(s);
    else exact = undefined;
    const best = sets(branch, shortest)[0];
    if (union && best) for (const s of best) union.add(s);
    else union = undefined;
  }
  return { exact, need: union && union.size > 0 ? [union] : [] };
}

function repeat(item: Info, min: number, max: number, shortest: number): Info {
  // Up to two repetitions are multiplied out (`x?`, `\s{0,2}`); a node repeated at least once needs what it needs.
  let exact: Literals | undefined;
  if (item.exact && max <= 2) {
    exact = new Set(min === 0 ? [''] : []);
    let power: Literals = new Set(['']);
    for (let n = 1; n <= max && exact; n++) {
      power = product(power, item.exact);
      if (n >= min) for (const s of power) exact.add(s);
      if (exact.size > MAX_EXACT) exact = undefined;
    }
  }
  return { exact, need: min >= 1 ? sets(item, shortest) : [] };
}

const QUANTIFIER = /\{(\d+)(?:(,)(\d*))?\}/y;
const GROUP_HEAD = /\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/y;
const HEX2 = /[0-9a-fA-F]{2}/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
/** One-character Infos, shared: a rule file's regexes are mostly literal characters. */
const LITERALS = new Map<string, Info>();

/** A recursive-descent reader of a regex source that computes each node's Info as it goes. */
class Parser {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly shortest: number,
  ) {}

  done(): boolean {
    return this.at === this.source.length;
  }

  alternation(): Info {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : alternate(branches, this.shortest);
  }

  private sequence(): Info {
    const items: Info[] = [];
    for (let c = this.source[this.at]; c !== undefined && c !== '|' && c !== ')'; c = this.source[this.at]) {
      items.push(this.quantified(this.atom()));
    }
    return items.length === 0 ? EMPTY : concat(items, this.shortest);
  }

  private quantified(atom: Info): Info {
    const c = this.source[this.at];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else {
      const m = c === '{' ? this.sticky(QUANTIFIER) : null;
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      this.at += m[0].length - 1;
    }
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    return repeat(atom, min, max, this.shortest);
  }

  private atom(): Info {
    const c = this.source[this.at++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '\\') return this.escape();
    return literal(c);
  }

  private group(): Info {
    let look: 'positive' | 'negative' | undefined;
    if (this.source[this.at] === '?') {
      const head = this.sticky(GROUP_HEAD);
      if (!head) throw new Error('unknown group');
      this.at += head[0].length;
      if (head[0] === '?=' || head[0] === '?<=') look = 'positive';
      if (head[0] === '?!' || head[0] === '?<!') look = 'negative';
    }
    const inner = this.alternation();
    if (this.source[this.at++] !== ')') throw new Error('unclosed group');
    if (look === 'negative') return EMPTY;
    // A lookaround consumes nothing, but the text beside the match holds what it needs.
    if (look === 'positive') return { exact: EMPTY.exact, need: sets(inner, this.shortest) };
    return inner;
  }

  private escape(): Info {
    const c = this.source[this.at++];
    if (c === undefined) throw new Error('trailing backslash');
    if (c === 'b' || c === 'B') return EMPTY;
    if ('dDwWsS'.includes(c)) return ANY;
    if ((c >= '1' && c <= '9') || (c === 'k' && this.source[this.at] === '<')) {
      // A backreference matches what its group did: nothing known.
      if (c === 'k') this.at = this.source.indexOf('>', this.at) + 1;
      else while (/[0-9]/.test(this.source[this.at] ?? '')) this.at++;
      return ANY;
    }
    return literal(this.escapedChar(c));
  }

  /** The character of an escape other than the class shorthands: `\n`, `\x41`, `\u0041`, `\cJ`, `\.`. */
  private escapedChar(c: string): string {
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) return simple;
    const hex = c === 'x' ? this.sticky(HEX2) : c === 'u' ? this.sticky(HEX4) : null;
    if (hex) {
      this.at += hex[0].length;
      return String.fromCharCode(Number.parseInt(hex[0], 16));
    }
    if (c === 'c' && /[A-Za-z]/.test(this.source[this.at] ?? ''))
      return String.fromCharCode(this.source.charCodeAt(this.at++) % 32);
    return c;
  }

  private charClass(): Info {
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const members = new Set<string>();
    let wide = negated;
    while (this.source[this.at] !== ']') {
      if (this.at >= this.source.length) throw new Error('unclosed class');
      const from = this.classChar();
      let to = from;
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && this.at + 1 < this.source.length) {
        this.at++;
        to = this.classChar();
      }
      if (from === undefined || to === undefined || to.charCodeAt(0) - from.charCodeAt(0) >= MAX_CLASS) wide = true;
      else
        for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++)
          members.add(fold(String.fromCharCode(code)));
    }
    this.at++;
    if (wide || members.size > MAX_CLASS || members.size === 0) return ANY;
    return { exact: members, need: [] };
  }

  /** One character of a class; undefined for a shorthand (`\d`, `\s`…), which stands for many. */
  private classChar(): string | undefined {
    const c = this.source[this.at++]!;
    if (c !== '\\') return c;
    const e = this.source[this.at++];
    if (e === undefined) throw new Error('trailing backslash');
    if ('dDwWsS'.includes(e)) return undefined;
    return e === 'b' ? '\b' : this.escapedChar(e);
  }

  /** The sticky `pattern` at the current position, without moving. */
  private sticky(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.at;
    return pattern.exec(this.source);
  }
}

function literal(c: string): Info {
  const folded = fold(c);
  let info = LITERALS.get(folded);
  if (!info) {
    info = { exact: new Set([folded]), need: [] };
    LITERALS.set(folded, info);
  }
  return info;
}

/** Lower case for ASCII letters: the keyword pass ignores ASCII case, and so do anchors. */
function fold(c: string): string {
  return c >= 'A' && c <= 'Z' ? c.toLowerCase() : c;
}
