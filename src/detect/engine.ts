// The detection engine: turns the bytes of one item into matches of pattern rules.
//
// Bytes are viewed as latin1 strings, so a string index is a byte offset and no UTF-8 decoding
// happens for text that holds no keyword. A keyword prefilter (one case-insensitive regex) runs over the block;
// full patterns run only in small windows around keyword hits. Items larger than one block are
// streamed with an overlap, so memory stays bounded on a 200 MB single-line bundle.
import type { Nearby, Pattern, Rule, RuleSet } from '../rules.js';
import type { Environment, Vendor } from '../types.js';
import { isPlaceholder } from './placeholder.js';

/** Items up to this size are read whole; larger ones are streamed block by block. */
export const BLOCK_SIZE = 8 * 1024 * 1024;
/** How far before and after a keyword hit a pattern may reach. */
const WINDOW_BACK = 256;
const WINDOW_FORWARD = 1024;
/** How far along a line the inline-allow comment is looked for. */
const ALLOW_REACH = 4096;
const INLINE_ALLOW = ['keylint:allow', 'gitleaks:allow'];
/** How far a nearby condition looks per line and at most: minified bundles have megabyte lines. */
const NEARBY_LINE_BYTES = 256;
const NEARBY_REACH = 4096;

/** One match of a pattern rule inside an item, with everything policies need. */
export interface Match {
  rule: Rule;
  /** Absolute byte offset of the secret (or of the whole match for usage rules). */
  offset: number;
  length: number;
  secret: string;
  /** Usage lints: the whole matched text, which identifies the misuse (its `secret` may be empty). */
  text?: string;
  /** The variable name the secret is bound to, when the pattern names it. */
  binding?: string;
  line: number;
  column: number;
  environment: Environment;
}

/** A compiled detector: rules grouped by keyword, ready to scan blocks. */
export interface Detector {
  ruleSet: RuleSet;
  /** Pattern rules (secret and usage); policies are applied later. */
  rules: Rule[];
  /** Substrings searched for in each block; each hit is confirmed against the keywords that hold it. */
  anchors: Anchor[];
  /** One case-insensitive alternation of every anchor: a single pass over the block finds all hits. */
  anchorRegex: RegExp;
  /** One case-insensitive alternation of every hint keyword. */
  hintRegex: RegExp | undefined;
  /** Every hint keyword (vendor context and environment hosts). */
  hintKeywords: string[];
  /** Runs every pattern over whole blocks, without the prefilter: the reference the fast path must equal. */
  exhaustive: boolean;
}

/** Groups rules by keyword once, so that each block is searched once per keyword. */
export function createDetector(ruleSet: RuleSet, options: { exhaustive?: boolean } = {}): Detector {
  const rules = ruleSet.rules.filter((r) => r.kind !== 'policy');
  const byKeyword = new Map<string, number[]>();
  rules.forEach((rule, index) => {
    for (const keyword of rule.keywords) {
      const list = byKeyword.get(keyword) ?? [];
      if (!list.includes(index)) list.push(index);
      byKeyword.set(keyword, list);
    }
  });
  const hintKeywords = new Set<string>();
  for (const hints of Object.values(ruleSet.hints)) {
    for (const k of hints?.context ?? []) hintKeywords.add(k);
    for (const hosts of Object.values(hints?.environments ?? {})) for (const h of hosts ?? []) hintKeywords.add(h);
  }
  const anchors = chooseAnchors(byKeyword);
  return {
    ruleSet,
    rules,
    anchors,
    anchorRegex: alternation(anchors.map((a) => a.text)) ?? /$^/g,
    hintRegex: alternation([...hintKeywords]),
    hintKeywords: [...hintKeywords],
    exhaustive: options.exhaustive === true,
  };
}

/** A global, case-insensitive regex matching any of `words` (longest first), or undefined for none. */
function alternation(words: string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
}

/** A searched substring and the keywords it stands for (with its offset inside each). */
interface Anchor {
  text: string;
  keywords: Array<{ keyword: string; offset: number; rules: number[] }>;
}

/**
 * Each search pass costs a full read of the block, so keywords that share a substring share a pass:
 * a greedy cover picks the substring (at least 3 characters) found in the most remaining keywords.
 */
function chooseAnchors(byKeyword: Map<string, number[]>): Anchor[] {
  const remaining = new Set(byKeyword.keys());
  const anchors: Anchor[] = [];
  while (remaining.size > 0) {
    let best = '';
    let bestCover: string[] = [];
    for (const keyword of remaining) {
      for (let len = Math.min(keyword.length, 3); len <= keyword.length; len++) {
        for (let at = 0; at + len <= keyword.length; at++) {
          const candidate = keyword.slice(at, at + len);
          const cover = [...remaining].filter((k) => k.includes(candidate));
          if (cover.length > bestCover.length || (cover.length === bestCover.length && candidate.length > best.length)) {
            best = candidate;
            bestCover = cover;
          }
        }
      }
    }
    for (const keyword of bestCover) remaining.delete(keyword);
    anchors.push({ text: best, keywords: bestCover.map((keyword) => ({ keyword, offset: keyword.indexOf(best), rules: byKeyword.get(keyword)! })) });
  }
  return anchors;
}

/** A match before its item is finished: context, environment and overlaps are settled at the end. */
type Candidate = Omit<Match, 'environment'> & { needsContext: boolean };

/** Scans one item incrementally; feed blocks in order, then call `finish`. */
export class ItemScanner {
  private readonly candidates: Candidate[] = [];
  private readonly seenOffsets = new Set<string>();
  private readonly hintsSeen = new Set<string>();
  /** Absolute byte offset of the start of the text kept from the previous block. */
  private carryOffset = 0;
  private carry = '';
  /** Absolute offset up to which keyword hits have been handled. */
  private scannedTo = 0;
  /** Line number (1-based) at the start of the carried text. */
  private carryLine = 1;
  /** UTF-16 units between the start of the carried text's first line and the carried text. */
  private carryColumnUnits = 0;
  private blocks = 0;
  /** Newline positions of the current text, built on its first match. */
  private newlines: number[] | undefined;
  /** UTF-16 units counted so far on one line of the current text. */
  private readonly counted = { start: -1, at: -1, units: 0 };
  /** Whether a nearby-condition regex occurs anywhere in the current text: most never do, and then no match needs a look. */
  private readonly occurring = new Map<RegExp, boolean>();

  constructor(private readonly detector: Detector) {}

  /** Scans the next block; `last` marks the final block of the item. */
  feed(block: Buffer, last: boolean): void {
    const text = this.carry + block.toString('latin1');
    this.newlines = undefined;
    this.counted.start = -1;
    this.occurring.clear();
    // Hits near the end wait for the next block, so that their window is never cut.
    const hitLimit = last ? text.length : Math.max(0, text.length - WINDOW_FORWARD);
    const hitStart = this.scannedTo - this.carryOffset;
    if (hitLimit > hitStart) {
      this.scanText(text, hitStart, hitLimit);
      this.scannedTo = this.carryOffset + hitLimit;
    }
    // Hints are cheap substring checks; single-block items defer them until a match needs one.
    if (!last || this.blocks > 0 || this.candidates.length > 0) this.collectHints(text);
    this.blocks++;
    if (!last) this.keepCarry(text);
  }

  /** Settles vendor context, environments and overlaps; returns the item's matches. */
  finish(): Match[] {
    const vendorsSeen = new Set<Vendor>();
    for (const [vendor, hints] of Object.entries(this.detector.ruleSet.hints)) {
      if (hints?.context?.some((k) => this.hintsSeen.has(k))) vendorsSeen.add(vendor as Vendor);
    }
    const kept = this.candidates.filter((c) => !c.needsContext || (c.rule.vendor !== null && vendorsSeen.has(c.rule.vendor)));
    return resolveOverlaps(kept).map((c) => ({
      rule: c.rule,
      offset: c.offset,
      length: c.length,
      secret: c.secret,
      ...(c.text === undefined ? {} : { text: c.text }),
      binding: c.binding,
      line: c.line,
      column: c.column,
      environment: c.rule.environment ?? this.environmentOf(c.rule.vendor),
    }));
  }

  private environmentOf(vendor: Vendor | null): Environment {
    const envs = vendor ? this.detector.ruleSet.hints[vendor]?.environments : undefined;
    if (!envs) return 'unknown';
    for (const env of ['production', 'staging', 'development'] as const) {
      if (envs[env]?.some((host) => this.hintsSeen.has(host))) return env;
    }
    return 'unknown';
  }

  private collectHints(text: string): void {
    const regex = this.detector.hintRegex;
    if (!regex || this.hintsSeen.size === this.detector.hintKeywords.length) return;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      // An alternation reports only the longest word at a position: check every hint that starts there.
      for (const keyword of this.detector.hintKeywords) if (startsWithAt(text, keyword, m.index)) this.hintsSeen.add(keyword);
      regex.lastIndex = m.index + 1;
    }
  }

  private scanText(text: string, hitStart: number, hitLimit: number): void {
    const { rules, anchors, anchorRegex } = this.detector;
    if (this.detector.exhaustive) {
      for (const rule of rules) this.scanWindow(rule, text, Math.max(0, hitStart - WINDOW_BACK), text.length);
      return;
    }
    const hitsByRule = new Map<number, number[]>();
    anchorRegex.lastIndex = hitStart;
    for (let m = anchorRegex.exec(text); m; m = anchorRegex.exec(text)) {
      const found = m.index;
      // An alternation reports one anchor per position and skips overlaps: look at every anchor here.
      anchorRegex.lastIndex = found + 1;
      for (const anchor of anchors.values()) {
        if (!startsWithAt(text, anchor.text, found)) continue;
        for (const { keyword, offset, rules: ruleIndexes } of anchor.keywords) {
          const at = found - offset;
          if (at < hitStart || at >= hitLimit || !startsWithAt(text, keyword, at)) continue;
          for (const index of ruleIndexes) {
            const hits = hitsByRule.get(index);
            if (hits) hits.push(at);
            else hitsByRule.set(index, [at]);
          }
        }
      }
      if (found >= hitLimit + WINDOW_BACK) break;
    }
    for (const [index, hits] of hitsByRule) {
      const rule = rules[index]!;
      for (const [start, end] of mergeWindows(hits, text.length)) this.scanWindow(rule, text, start, end);
    }
  }

  private scanWindow(rule: Rule, text: string, start: number, end: number): void {
    // One character before the window is kept, so that `^` and lookbehinds see what really precedes it.
    const from = start > 0 ? start - 1 : 0;
    const window = text.slice(from, end);
    for (const pattern of rule.patterns) {
      pattern.regex.lastIndex = start - from;
      for (const m of window.matchAll(pattern.regex)) {
        // A usage lint is about the whole expression; its key, when it names one, is only reported.
        const usage = rule.kind === 'usage';
        const span = usage ? m.indices?.[0] : (m.indices?.groups?.secret ?? m.indices?.[0]);
        if (!span) continue;
        const secret = m.groups?.secret ?? (usage ? '' : m[0]);
        const at = from + span[0];
        const key = `${rule.id}:${this.carryOffset + at}`;
        if (this.seenOffsets.has(key)) continue;
        if (rule.kind === 'secret' && isPlaceholder(secret, rule, this.detector.ruleSet.placeholders)) continue;
        if (!this.nearbyHolds(pattern, text, at, from + span[1])) continue;
        const line = this.lineOf(text, at);
        if (isAllowedInline(text, at, line)) continue;
        this.seenOffsets.add(key);
        this.candidates.push({
          rule,
          offset: this.carryOffset + at,
          length: span[1] - span[0],
          secret: latin1ToUtf8(secret),
          ...(usage ? { text: latin1ToUtf8(m[0]) } : {}),
          binding: m.groups?.name ?? bindingBefore(text, at, line.start),
          line: this.carryLine + line.index,
          column: this.columnOf(text, at, line),
          needsContext: pattern.needsContext,
        });
      }
    }
  }

  /** True when every `requires` regex and no `excludes` regex matches in the lines around `from`..`to`. */
  private nearbyHolds(pattern: Pattern, text: string, from: number, to: number): boolean {
    const test = (near: Nearby) => this.occurs(near.regex, text) && near.regex.test(linesAround(text, from, to, near.withinLines));
    return pattern.requires.every(test) && !pattern.excludes.some(test);
  }

  private occurs(regex: RegExp, text: string): boolean {
    let found = this.occurring.get(regex);
    if (found === undefined) {
      found = regex.test(text);
      this.occurring.set(regex, found);
    }
    return found;
  }

  /** The line holding offset `at`: its index in the current text, start and end (exclusive). */
  private lineOf(text: string, at: number): LineSpan {
    this.newlines ??= newlinePositions(text);
    const index = countBelow(this.newlines, at);
    const start = index === 0 ? 0 : this.newlines[index - 1]! + 1;
    return { index, start, end: index < this.newlines.length ? this.newlines[index]! : text.length };
  }

  /**
   * 1-based UTF-16 column of `at`. Counting resumes from the previous match on the same line, so that
   * thousands of matches on one megabyte-long minified line cost one pass over it, not one each.
   */
  private columnOf(text: string, at: number, line: LineSpan): number {
    const counted = this.counted;
    if (counted.start !== line.start || at < counted.at) Object.assign(counted, { start: line.start, at: line.start, units: 0 });
    counted.units += utf16Units(text.slice(counted.at, at));
    counted.at = at;
    return (line.index === 0 ? this.carryColumnUnits : 0) + counted.units + 1;
  }

  private keepCarry(text: string): void {
    const cut = Math.max(0, Math.min(this.scannedTo - this.carryOffset, text.length) - WINDOW_BACK);
    if (cut === 0) {
      this.carry = text;
      return;
    }
    const dropped = text.slice(0, cut);
    const lastNewline = dropped.lastIndexOf('\n');
    let newlines = 0;
    for (let i = dropped.indexOf('\n'); i !== -1; i = dropped.indexOf('\n', i + 1)) newlines++;
    this.carryLine += newlines;
    this.carryColumnUnits = lastNewline === -1 ? this.carryColumnUnits + utf16Units(dropped) : utf16Units(dropped.slice(lastNewline + 1));
    this.carryOffset += cut;
    this.carry = text.slice(cut);
  }
}

/** Case-insensitive `startsWith` for a lower-case word, without lower-casing the whole text. */
function startsWithAt(text: string, lowerWord: string, at: number): boolean {
  return at >= 0 && text.slice(at, at + lowerWord.length).toLowerCase() === lowerWord;
}

function newlinePositions(text: string): number[] {
  const positions: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) positions.push(i);
  return positions;
}

/** Number of sorted values below `limit` (binary search). */
function countBelow(sorted: number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Windows around hits, merged where they touch, clipped to the text. */
function mergeWindows(hits: number[], length: number): Array<[number, number]> {
  hits.sort((a, b) => a - b);
  const windows: Array<[number, number]> = [];
  for (const hit of hits) {
    const start = Math.max(0, hit - WINDOW_BACK);
    const end = Math.min(length, hit + WINDOW_FORWARD);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

/** Where two secret matches overlap, the rule with higher precedence (then the longer match) wins. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const secrets = candidates.filter((c) => c.rule.kind === 'secret').sort((a, b) => a.offset - b.offset);
  const dropped = new Set<Candidate>();
  for (let i = 0; i < secrets.length; i++) {
    const a = secrets[i]!;
    for (let j = i + 1; j < secrets.length && secrets[j]!.offset < a.offset + a.length; j++) {
      const b = secrets[j]!;
      const aWins = a.rule.precedence !== b.rule.precedence ? a.rule.precedence > b.rule.precedence : a.length >= b.length;
      dropped.add(aWins ? b : a);
    }
  }
  return candidates.filter((c) => !dropped.has(c)).sort((a, b) => a.offset - b.offset || a.rule.id.localeCompare(b.rule.id));
}

/** The lines from `lines` before `from` to `lines` after `to`, within a byte budget per line each way. */
function linesAround(text: string, from: number, to: number, lines: number): string {
  // A bounded slice keeps a megabyte-long minified line from making each match cost O(line).
  const reach = Math.min(NEARBY_REACH, (lines + 1) * NEARBY_LINE_BYTES);
  const offset = Math.max(0, from - reach);
  const region = text.slice(offset, Math.min(text.length, to + reach));
  // `start` is always the first character of a line (or of the region).
  let start = from === offset ? 0 : region.lastIndexOf('\n', from - offset - 1) + 1;
  for (let i = 0; i < lines && start > 0; i++) start = start < 2 ? 0 : region.lastIndexOf('\n', start - 2) + 1;
  let end = region.indexOf('\n', to - offset);
  for (let i = 0; i < lines && end !== -1; i++) end = region.indexOf('\n', end + 1);
  return region.slice(start, end === -1 ? region.length : end);
}

/** A line of the current text. */
interface LineSpan {
  index: number;
  start: number;
  end: number;
}

function isAllowedInline(text: string, at: number, line: LineSpan): boolean {
  const near = text.slice(Math.max(line.start, at - ALLOW_REACH), Math.min(line.end, at + ALLOW_REACH)).toLowerCase();
  return INLINE_ALLOW.some((marker) => near.includes(marker));
}

/** The name a value is assigned to on the same line (`NAME=`, `"NAME": `, `NAME: `), if any. */
function bindingBefore(text: string, at: number, lineStart: number): string | undefined {
  const from = Math.max(lineStart, at - 200);
  const m = /([A-Za-z_][A-Za-z0-9_]*)["']?\s*(?::=|=>|=|:)\s*["'`]?$/.exec(text.slice(from, at));
  return m?.[1];
}

const NON_ASCII = /[^\x00-\x7f]/;

/** UTF-16 length of latin1-viewed UTF-8 bytes. */
function utf16Units(latin1: string): number {
  return NON_ASCII.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8').length : latin1.length;
}

function latin1ToUtf8(latin1: string): string {
  return NON_ASCII.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1;
}
