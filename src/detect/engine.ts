// The detection engine: turns the bytes of one item into matches of pattern rules.
//
// A keyword matcher runs over the raw bytes of each block (no decoding at all for text without a
// keyword); full patterns run only in small windows around its hits, each window viewed as latin1 so
// that a string index is a byte offset. The whole block is decoded only once a match needs its lines.
// Items larger than one block are streamed with an overlap, so memory stays bounded on a 200 MB
// single-line bundle.
import { isAscii } from 'node:buffer';
import {
  MAX_BEFORE,
  VENDORS,
  type Evidence,
  type Nearby,
  type Pattern,
  type Rule,
  type RuleSet,
  type RuleTable,
  ruleSetOf,
  type UnitLiterals,
} from '../rules.js';
import type { Environment, Vendor } from '../types.js';
import { requiredLiterals } from './anchors.js';
import { Attributor, type Attribution } from './attribution.js';
import { RuleBudget } from './budget.js';
import { indentOf } from './block-lines.js';
import { KeywordMatcher } from './keywords.js';
import { StagedMatcher } from './stages.js';
import { LineSearch, staysOnLine } from './line-search.js';
import { declaredScopeOf } from './declared-scope.js';
import { directivesOf, PROLOGUE_BYTES } from './prologue.js';
import { definedVariable } from './compiled-defines.js';
import { lineSections, sectionsOf } from './sections.js';
import { isPlaceholder } from './placeholder.js';
import { turnOf } from './turned.js';
import { VIEW_ANCHORS, VIEW_ESCAPES, VIEW_FLAGS, VIEW_SIGNS, type ViewSigns, passSignAt } from './views.js';
import { cutsWord, mentions } from './word-piece.js';

/** Lines longer than this are attributed per stretch of this many bytes, not as a whole. */
const AROUND_STRETCH = 1024;
/** Items up to this size are read whole; larger ones are streamed block by block. */
export const BLOCK_SIZE = 8 * 1024 * 1024;
/** How far before and after a keyword hit a pattern may reach. */
const WINDOW_BACK = MAX_BEFORE;
const WINDOW_FORWARD = 1024;
/** How far along a line the inline-allow comment is looked for. */
const ALLOW_REACH = 4096;
/** Comments that silence the findings of their line (gitleaks' marker too, so that both tools agree). */
export const INLINE_ALLOW = ['keylint:allow', 'gitleaks:allow'];
const INLINE_ALLOW_ANYWHERE = /keylint:allow|gitleaks:allow/i;
/** How far a nearby condition looks per line and at most: minified bundles have megabyte lines. */
const NEARBY_LINE_BYTES = 256;
const NEARBY_REACH = 4096;
/** Nearby conditions tested directly in a block before a whole-block presence check is worth its pass. */
const DIRECT_NEARBY_TESTS = 16;
/**
 * Bytes a detector scans before it computes its second-stage anchors (see `gate`): the regex analysis costs
 * 10-40 ms of a cold process, more than a pre-commit's few files take to scan without it.
 */
const GATE_AFTER_BYTES = BLOCK_SIZE;
/** Bytes a detector scans before it warms its keyword matcher up (see KeywordMatcher.warm). */
const WARM_AFTER_BYTES = 256 * 1024;
/** Keywords at least this long are rare enough that a literal holding one can gate (shorter: `key:`, `token=`). */
const RARE_KEYWORD = 5;

/** One match of a pattern rule inside an item, with everything policies need. */
export interface Match {
  rule: Rule;
  /** Absolute byte offset of the secret (or of the whole match for usage rules). */
  offset: number;
  length: number;
  secret: string;
  /** Usage lints: the whole matched text, which identifies the misuse (its `secret` may be empty). */
  text?: string;
  /** Usage lints of a rule that names no vendor: the vendor the linted code talks to, when one is named before it. */
  vendor?: Vendor;
  /** The variable name the secret is bound to, when the pattern names it. */
  binding?: string;
  /** The environment variable the secret stands in for: the read it is the fallback of, or a bundler's define. */
  envRead?: string;
  /** The directives that open the item (`'use client'`, prologue.ts), when it opens with any. */
  directives?: string[];
  /** The secret is a read's literal fallback (`process.env.X || '…'`), not a define. */
  fallback?: true;
  /** The names of the config sections holding the secret, innermost first (sections.ts); read when a policy asks. */
  sections?: string[];
  /** A bundler define inlines the secret into the code it builds (`'process.env.X': JSON.stringify('…')`). */
  defined?: true;
  line: number;
  column: number;
  environment: Environment;
  /** The vendor is confirmed by the key's shape, its name, or vendor context around it (SPEC §2, attribution). */
  vendorConfirmed: boolean;
}

/**
 * One pattern of one rule: the unit the prefilter triggers. Its regexes are built on first use: a pre-commit check
 * reaches a third of the units, and V8 parses a regex when it is constructed.
 */
export class Unit {
  #bounded: RegExp | undefined | null = null;
  #signature: string | undefined;

  constructor(
    readonly rule: Rule,
    readonly pattern: Pattern,
  ) {}

  /** What identifies the unit's gate sets across threads (GateSets): its pattern and nearby conditions as written. */
  get signature(): string {
    this.#signature ??= [this.pattern.written, ...this.pattern.requires.map((near) => near.written)].join('\n');
    return this.#signature;
  }

  /** The pattern as a sticky search limited to starts near a hit (none when it cannot be rewritten). */
  get bounded(): RegExp | undefined {
    if (this.#bounded === null) this.#bounded = boundedSearch(this.pattern);
    return this.#bounded;
  }
}

/** A compiled detector: patterns grouped by keyword, ready to scan blocks. */
export interface Detector {
  ruleSet: RuleSet;
  /** Every pattern of the pattern rules (secret and usage); policies are applied later. */
  units: Unit[];
  /** Every pattern keyword and hint keyword, found in one pass over the raw bytes. */
  matcher: KeywordMatcher;
  /** The same keywords, split into the first stage and the deferred rest (stages.ts): what items are scanned with. */
  stages: StagedMatcher;
  /** By matcher keyword: the units (indexes into `units`) it triggers. */
  unitsOf: number[][];
  /** By matcher keyword: whether it is a hint (vendor context or environment host). */
  isHint: boolean[];
  /** Every vendor's `otherWords`: where one covers a hint's mention, the mention is another word's (word-piece.ts). */
  otherWords: string[];
  /**
   * By matcher keyword: whether it says the item may hold encoded values (views.ts): 1 an anchor, 2 a flag, 3 an
   * escaped prefix, 4 and up the pass sign PASS_SIGNS[value - 4].
   */
  isView: number[];
  /** Runs every pattern over whole blocks, without the prefilter: the reference the fast path must equal. */
  exhaustive: boolean;
  attributor: Attributor;
  /** Whether units take the literal sets their patterns carry (the build's, for keylint's own rules). */
  carried: boolean;
  /** By unit, once first needed: the literal sets that its windows and blocks must hold (see `unitLiterals`). */
  unitLiterals: Array<UnitLiterals | undefined>;
  /** By unit, once first needed: its `window` literal sets as searches (see `windowSearches`). */
  windowSearches: Array<LiteralSearch[] | undefined>;
  /**
   * The prefilter's second stage, once computed: by unit, the literal sets (as matcher keywords) that a block must
   * each hold one of for the unit to be tried there (see `gate`).
   */
  gates: number[][][] | undefined;
  /**
   * Where a detection worker takes the gates' literal sets from instead of computing them (one thread does, for all):
   * undefined until they have come, and the detector scans on without the second stage meanwhile.
   */
  sharedGates?: () => GateSets | undefined;
  /**
   * When to compute the gates: at once (`always`, and `auto` when patterns carry them), after GATE_AFTER_BYTES
   * (`auto`), or never.
   */
  gating: 'auto' | 'always' | 'never';
  /** Bytes fed so far, for `auto` gating. */
  fed: number;
  /**
   * Whether a secret of this rule needs its config sections read: some policy condition asks for sections and for
   * its environment (a rule without a fixed environment, NovaMed's, learns it only when the item is finished).
   */
  wantsSections: (rule: Rule) => boolean;
}

/** Which secret rules' matches some policy condition judges by their config sections. */
function sectionsWanted(ruleSet: RuleSet): (rule: Rule) => boolean {
  const conditions = ruleSet.rules.flatMap((rule) => rule.when).filter((condition) => condition.sections);
  if (conditions.length === 0) return () => false;
  const anyEnvironment = conditions.some((condition) => condition.environments === undefined);
  const environments = new Set(conditions.flatMap((condition) => condition.environments ?? []));
  return (rule) =>
    rule.kind === 'secret' && (anyEnvironment || rule.environment === undefined || environments.has(rule.environment));
}

/** Groups patterns by keyword once, so that each block is searched once for all of them. */
export function createDetector(
  ruleSet: RuleSet,
  options: { exhaustive?: boolean; gating?: Detector['gating']; carried?: boolean } = {},
): Detector {
  const units = ruleSet.rules.flatMap((rule) => rule.patterns.map((pattern) => new Unit(rule, pattern)));
  const index = new Map<string, number>();
  const unitsOf: number[][] = [];
  const isHint: boolean[] = [];
  const isView: number[] = [];
  const keywordIndex = (keyword: string): number => {
    let at = index.get(keyword);
    if (at === undefined) {
      at = unitsOf.push([]) - 1;
      isHint.push(false);
      isView.push(0);
      index.set(keyword, at);
    }
    return at;
  };
  units.forEach((unit, unitIndex) => {
    for (const keyword of unit.pattern.keywords) unitsOf[keywordIndex(keyword)]!.push(unitIndex);
  });
  for (const hints of Object.values(ruleSet.hints)) {
    for (const k of hints?.context ?? []) isHint[keywordIndex(k)] = true;
    for (const hosts of Object.values(hints?.environments ?? {}))
      for (const h of hosts ?? []) isHint[keywordIndex(h)] = true;
  }
  for (const k of VIEW_ANCHORS) isView[keywordIndex(k)] = 1;
  for (const k of VIEW_FLAGS) isView[keywordIndex(k)] = 2;
  for (const k of VIEW_ESCAPES) isView[keywordIndex(k)] = 3;
  VIEW_SIGNS.forEach((k, sign) => {
    isView[keywordIndex(k)] = 4 + sign;
  });
  const matcher = new KeywordMatcher([...index.keys()]);
  const detector: Detector = {
    ruleSet,
    units,
    matcher,
    stages: stagesOf({ units, unitsOf, isHint, isView, matcher, gates: undefined }),
    unitsOf,
    isHint,
    otherWords: Object.values(ruleSet.hints).flatMap((hints) => hints?.otherWords ?? []),
    isView,
    exhaustive: options.exhaustive === true,
    attributor: new Attributor(ruleSet),
    carried: options.carried ?? true,
    unitLiterals: [],
    windowSearches: [],
    gates: undefined,
    gating: options.gating ?? 'auto',
    fed: 0,
    wantsSections: sectionsWanted(ruleSet),
  };
  if (detector.gating !== 'never') {
    const known = carriedGateSets(detector);
    if (known || detector.gating === 'always') gate(detector, known);
  }
  return detector;
}

/**
 * The keyword pass's stages (stages.ts). A short keyword is deferred when every unit it starts needs something the
 * first stage finds: its vendor's context or a vendor named (hints), or a gate literal. Hints, view triggers and gate
 * literals themselves are never deferred, so the first stage alone tells whether a deferred keyword can start a match.
 */
function stagesOf(
  detector: Pick<Detector, 'units' | 'unitsOf' | 'isHint' | 'isView' | 'matcher' | 'gates'>,
): StagedMatcher {
  const { units, unitsOf, isHint, isView, gates } = detector;
  const gateLiteral = new Uint8Array(unitsOf.length);
  for (const unitSets of gates ?? []) for (const set of unitSets) for (const k of set) gateLiteral[k] = 1;
  const waits = (unit: number) =>
    units[unit]!.pattern.needsContext || units[unit]!.pattern.attributed || (gates?.[unit]?.length ?? 0) > 0;
  return new StagedMatcher(
    detector.matcher.keywords,
    (k) => isHint[k] || isView[k] !== 0 || gateLiteral[k] === 1 || !unitsOf[k]!.every(waits),
  );
}

/**
 * The prefilter's second stage. Most patterns start at a common keyword (`key`, `authorization`, `http://`) but
 * cannot match, or cannot meet their nearby conditions, without a rarer literal: the `x-api-key` header, a vendor's
 * name or host. Those literals (anchors.ts derives them from the regexes) join the keyword pass, and a pattern runs
 * only in blocks that hold one literal of each of its sets. A match and its nearby lines lie inside its block, so
 * a block without them holds no match: findings stay those of the exhaustive reference.
 */
function gate(detector: Detector, known?: string[][][]): void {
  const sets = known ?? gateSets(detector).sets;
  const keywords = [...detector.matcher.keywords];
  const index = new Map(keywords.map((k, i) => [k, i]));
  const keywordIndex = (literal: string): number => {
    let at = index.get(literal);
    if (at === undefined) {
      at = keywords.push(literal) - 1;
      index.set(literal, at);
      detector.unitsOf.push([]);
      detector.isHint.push(false);
      detector.isView.push(0);
    }
    return at;
  };
  detector.gates = sets.map((unitSets) => unitSets.map((set) => set.map(keywordIndex)));
  detector.matcher = new KeywordMatcher(keywords);
  detector.stages = stagesOf(detector);
}

/**
 * The prefilter's second stage as data: by unit, the literal sets it needs (the regex analysis, 10-40 ms warm and
 * 150-250 ms in a cold thread), with each unit's signature, so that detection workers can take one thread's answer.
 */
export interface GateSets {
  units: string[];
  sets: string[][][];
}

/** Computes the literal sets of `gate` for a detector that has none yet. */
export function gateSets(detector: Detector): GateSets {
  const rare = rareLiteral(detector);
  return {
    units: detector.units.map((unit) => unit.signature),
    sets: detector.units.map((unit) => unitGates(unit, rare)),
  };
}

/**
 * The gates' literal sets that the patterns carry (the build's), those of patterns that carry none (custom rules,
 * or rule files changed since the build) analysed here; undefined when no pattern carries any.
 */
function carriedGateSets(detector: Detector): string[][][] | undefined {
  const { units } = detector;
  if (!detector.carried || !units.some((unit) => unit.pattern.literals)) return undefined;
  let rare: ((literal: string) => boolean) | undefined;
  return units.map((unit) => unit.pattern.literals?.gates ?? unitGates(unit, (rare ??= rareLiteral(detector))));
}

/** Shared gate sets, when they were computed for the same units as the detector's. */
function sameUnits(detector: Detector, shared: GateSets): string[][][] | undefined {
  const { units } = detector;
  const same = shared.units.length === units.length && shared.units.every((s, i) => s === units[i]!.signature);
  return same ? shared.sets : undefined;
}

/**
 * Whether a literal is known to be rare: it holds a keyword the rules already prefilter on (five characters or
 * more: `x-api-key` holds `api-key`) or a vendor's name or host. Others (`value`, `console.log`) may be everywhere
 * and would cost the keyword pass more than they save.
 */
function rareLiteral(detector: Detector): (literal: string) => boolean {
  // View triggers are not rule keywords: they say nothing of how rare a literal is.
  const ruleKeyword = (i: number) => detector.isHint[i] || detector.unitsOf[i]!.length > 0;
  const known = detector.matcher.keywords.filter(
    (k, i) => ruleKeyword(i) && (detector.isHint[i] || k.length >= RARE_KEYWORD),
  );
  return (literal) => known.some((k) => literal.includes(k));
}

/** A unit's gates: the rare literal sets its pattern and its nearby conditions need. */
function unitGates({ pattern }: Unit, rare: (literal: string) => boolean): string[][] {
  return [pattern.regex, ...pattern.requires.map((near) => near.regex)]
    .flatMap(requiredLiterals)
    .filter((set) => set.every(rare) && !impliedByKeywords(pattern, set));
}

/**
 * What a unit needs in a window and in a block to be worth its regex, as its pattern carries them or, the first
 * time a unit needs them, from its regexes themselves.
 */
function unitLiterals(detector: Detector, index: number): UnitLiterals {
  let literals = detector.unitLiterals[index];
  if (literals) return literals;
  const unit = detector.units[index]!;
  literals = (detector.carried ? unit.pattern.literals : undefined) ?? ownLiterals(unit, []);
  detector.unitLiterals[index] = literals;
  return literals;
}

/**
 * A unit's literal sets. `window`: those every match of its pattern holds, lookarounds' text included, so that a
 * window (which holds its keyword hits) without a member of each holds no match. `block`: those its nearby
 * conditions need, which lie in the match's block, whether rare or not (rare ones are `gates` too).
 */
function ownLiterals({ pattern }: Unit, gates: string[][]): UnitLiterals {
  const window = requiredLiterals(pattern.regex, MIN_WINDOW_LITERAL).filter((set) => !impliedByKeywords(pattern, set));
  const block = pattern.requires.flatMap((near) => requiredLiterals(near.regex));
  return { gates, window, block };
}

/**
 * The shortest literal a window set may hold. A window is a few hundred bytes around a keyword hit, searched only
 * when a unit is about to run there, so a two-letter literal (`qs` among `params`, `query`) still says that the
 * window cannot match, and spares compiling the regex: a gate on the whole block needs four (anchors.ts).
 */
const MIN_WINDOW_LITERAL = 2;

/** One literal set as one search: a lower-case text holds a member of the set where `regex` matches it. */
interface LiteralSearch {
  key: string;
  regex: RegExp;
}

const literalSearches = new Map<string, LiteralSearch>();

/** A unit's `window` literal sets as searches, made once; units with the same set share one search. */
function windowSearches(detector: Detector, index: number, sets: string[][]): LiteralSearch[] {
  let searches = detector.windowSearches[index];
  if (searches) return searches;
  searches = sets.map((set) => {
    const key = set.join('\0');
    let search = literalSearches.get(key);
    if (!search) {
      search = { key, regex: new RegExp(set.map(escapeRegex).join('|')) };
      literalSearches.set(key, search);
    }
    return search;
  });
  detector.windowSearches[index] = searches;
  return searches;
}

/** Whether lower-case `text` holds a member of each set. Literals are ASCII: lower-casing latin1 text maps no other character to ASCII. */
function holdsEach(text: string, sets: string[][]): boolean {
  return sets.every((set) => set.some((literal) => text.includes(literal)));
}

/** A set that every keyword of the pattern holds a member of is met wherever the pattern is triggered. */
function impliedByKeywords(pattern: Pattern, set: string[]): boolean {
  return pattern.keywords.every((k) => set.some((literal) => k.includes(literal)));
}

/**
 * A rule table with each pattern's literal sets worked out: what the build embeds for keylint's own rules
 * (scripts/build.mjs), so that a run neither analyses their regexes nor waits GATE_AFTER_BYTES to gate.
 */
export function carryLiterals(table: RuleTable): RuleTable {
  const detector = createDetector(ruleSetOf(table), { gating: 'never', carried: false });
  const { sets } = gateSets(detector);
  let unit = 0;
  const literals = () => ownLiterals(detector.units[unit]!, sets[unit++]!);
  const files = table.files.map((f) => ({
    ...f,
    rules: f.rules.map((rule) => ({ ...rule, patterns: rule.patterns.map((p) => ({ ...p, literals: literals() })) })),
  }));
  return { ...table, files };
}

/** A list binding's values read after its first: more is a bundle's data, not a binding. */
const MAX_LIST_VALUES = 64;

/** Names that are no identifier followed to their literals per block (each is one pass over the block). */
const MAX_REFS_PER_BLOCK = 64;

/**
 * Names a header may be bound to that are no variable of the file: literals and language words. `headers` is left to
 * the rules (`notHeaders`): as a header's value it is the request's map, but a constant holding the header's name
 * may be called `HEADER` (`const HEADER = "x-api-key"; { [HEADER]: "…" }`).
 */
const REF_NOT_A_VARIABLE = /^(?:true|false|null|nil|none|undefined|this|self|new|await|string|str|value|env)$/i;

/**
 * The names a `binds` regex finds for all variables at once (bindingsOf): identifiers. A rule whose `ref` captures
 * other text (a dotted path) has each such name looked for in a pass of its own.
 */
const BINDABLE_NAME = /^[A-Za-z_]\w{0,127}$/;

/** How far before its use a one-letter variable's binding may be (minified code: the same function, about). */
const NEAREST_REACH = 1000;

/**
 * In code written by hand (lines of NEAREST_LINE_BYTES or less on average) the reach is counted in lines: a module's
 * `const k = '…'` is used in a request some 60 lines and 2 KB further down, past helpers that leave `k` alone.
 */
const NEAREST_LINES = 80;
const NEAREST_LINE_BYTES = 100;

/** Whether `at`..`to` spans at most NEAREST_LINES lines of hand-written length. */
function withinLines(text: string, at: number, to: number): boolean {
  let lines = 0;
  for (let i = text.indexOf('\n', at); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) {
    if (++lines > NEAREST_LINES) return false;
  }
  return lines > 0 && (to - at) / lines <= NEAREST_LINE_BYTES;
}

/** A parameter list or an assignment that gives `name` another value: `(n,e)=>`, `function(e){`, `e=>`, `e=t.key`. */
function rebinds(name: string): RegExp {
  const n = escapeRegex(name);
  return new RegExp(
    `[(,][ \\t]*${n}[ \\t]*(?:=[^,()]{0,100})?(?:,[^()]{0,200})?\\)[ \\t]*(?:=>|\\{)|(?<![\\w$.])${n}[ \\t]*(?:=>|=(?![=>]))`,
  );
}

/** The group that captures the name in a `binds` regex made for all names. */
const BOUND_NAME = 'keylintBoundName';

/**
 * A `binds` regex's bindings in one block: the match starts of each name (lower-cased when the regex ignores case),
 * sorted. A regex that stays on its line is searched only in the lines holding the names asked for (`lines`);
 * another in one pass over the whole block.
 */
interface Bindings {
  sticky: RegExp;
  starts: Map<string, number[]>;
  folded: boolean;
  /** How many name groups the regex has. */
  groups: number;
  lines: LineSearch | undefined;
}

/** Records a match of a `binds` regex made for all names; returns the list of its name's starts. */
function addBinding(bindings: Bindings, m: RegExpExecArray, start: number): number[] {
  let name = '';
  for (let i = 0; i < bindings.groups && !name; i++) name = m.groups![`${BOUND_NAME}${i}`] ?? '';
  if (bindings.folded) name = name.toLowerCase();
  let list = bindings.starts.get(name);
  if (!list) {
    list = [];
    bindings.starts.set(name, list);
  }
  list.push(start);
  return list;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The empty group that marks where the pattern itself starts inside a bounded search's match. */
const BOUNDED_START = 'keylintStart';

/**
 * The pattern as a sticky search that tries starts from `lastIndex` up to `before` characters on, in order:
 * the lazy prefix gives the same leftmost match as a search, without trying every start after the hit.
 * Patterns with numbered backreferences are left alone (the marker group would renumber them).
 */
function boundedSearch({ regex, before }: Pattern): RegExp | undefined {
  if (/\\[1-9]/.test(regex.source)) return undefined;
  return new RegExp(`[^]{0,${before}}?(?<${BOUNDED_START}>)(?:${regex.source})`, regex.flags.replace('g', '') + 'y');
}

/** A match before its item is finished: context, environment and overlaps are settled at the end. */
type Candidate = Omit<Match, 'environment' | 'vendorConfirmed'> & {
  evidence: Evidence;
  /** For bindings that need it: the vendor the text around them names (block, then nearest mention). */
  around?: Attribution;
  /** For a rule without a fixed environment: the environment of the vendor host named nearest to the key. */
  nearEnvironment?: Environment;
};

/** Stronger evidence first: where two patterns of a rule match at one offset, the better-founded one counts. */
const EVIDENCE_RANK: Record<Evidence, number> = { key: 0, name: 1, header: 2, context: 3, scope: 4 };

/**
 * A key split into string literals joined by concatenation (`"Qx7b…" + "8nHs…"`, PHP's `.`, Lua's `..`, adjacent
 * literals): a pattern's `joined` group holds the whole expression, and the key is its literals' text run together.
 */
const JOIN = /\\?["'`][^"'`]*?\\?["'`]/g;
const JOINED_KEY = /^[A-Za-z0-9+/_=.-]{20,128}$/;
/** The shortest body a prefixed key (`max_prd_ak_…`) has, as its rule's own pattern says. */
const MIN_PREFIXED_BODY = 20;

function joinParts(expression: string): string {
  return expression.replace(JOIN, '');
}

/** The empty block every scanner starts with: one for all, as a scanner is made per file. */
const NO_BYTES = Buffer.alloc(0);

/** Folders of a test's fixtures (a set, not a regex: every item's every folder is asked, and a regex is compiled). */
const FIXTURE_FOLDERS = new Set(
  'test tests __tests__ spec specs fixture fixtures testdata __fixtures__ mock mocks __mocks__'.split(' '),
);
/**
 * Settings files whose names say nothing of whose settings they hold (`.env`, `credentials`, `config.yml`): their
 * folder does.
 */
const SETTINGS_FILE =
  /^(?:\.env(?:\.[\w.-]+)?|\.?(?:credentials|config|settings|secrets|env|keys|values|application|appsettings)(?:[.-][\w.-]+)?|[\w-]+\.(?:env|ini|cfg|conf|properties))$/;
/** A folder named as a host (`feapi.novamed.care`, `api.maiagent.ai`): what its files hold is for that host. */
const HOST_FOLDER = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/;

/** Scans one item incrementally; feed blocks in order, then call `finish`. */
export class ItemScanner {
  private readonly candidates: Candidate[] = [];
  private readonly seenOffsets = new Set<string>();
  private readonly hintsSeen = new Set<string>();
  /** Context words that only the item's nearest folders hold: they find a generic binding but confirm no vendor. */
  private readonly folderHints = new Set<string>();
  /**
   * Context words of the item's own scope: its nearest folders and the package or namespace it declares
   * (`package com.clinic.novamed;`). A bare `KEY` or `auth` declared there is the vendor's. Not its name: a file
   * `novamed_misc_keys.py` holds a `cache_key` and a `primary_key` as often as the vendor's.
   */
  private readonly scopeHints = new Set<string>();
  /** By matcher keyword, whether an item fed as one block holds it (1): set by its keyword pass. */
  keywordsSeen: Uint8Array | undefined;
  /** Where the item may hold encoded values worth decoding (views.ts), as the keyword pass saw them. */
  readonly viewSigns: ViewSigns = { anchors: [], flagged: false, passed: 0 };
  private vendors: { hints: number; seen: Set<Vendor> } | undefined;
  /** The current block, with the bytes carried over from the previous one in front. */
  private bytes: Buffer = NO_BYTES;
  /** The item's directive prologue, read from its first block. */
  private directives: string[] = [];
  /** The current block as latin1 (one character per byte), decoded only once a match needs it. */
  private latin1: string | undefined;
  /** The current block lower-cased, made only for a case-blind line search or a unit's `block` literals. */
  private lower: string | undefined;
  /** Absolute byte offset of the start of the current block (of its carried bytes). */
  private carryOffset = 0;
  private carry: Buffer = NO_BYTES;
  /** Blocks fed so far. */
  private fed = 0;
  /** Absolute offset up to which keyword hits have been handled. */
  private scannedTo = 0;
  /** Line number (1-based) at the start of the current block. */
  private carryLine = 1;
  /** UTF-16 units between the start of the current block's first line and the block. */
  private carryColumnUnits = 0;
  /** Newline positions of the current block, built on its first match. */
  private newlines: number[] | undefined;
  /** UTF-16 units counted so far on one line of the current block. */
  private readonly counted = { start: -1, at: -1, units: 0 };
  /** Whether a nearby-condition regex occurs anywhere in the current block: most never do, and then no match needs a look. */
  private readonly occurring = new Map<RegExp, boolean>();
  /** Nearby conditions tested in the current block. */
  private nearbyTests = 0;
  /** Whether the current block holds an inline-allow marker at all: most hold none, and then no match needs a look. */
  private allowMarkers: boolean | undefined;
  /** Variables of the current block whose literal bindings were looked for, by rule and `binds` regex. */
  private readonly refsBound = new Set<string>();
  /** Passes over the current block made for one name each (names that are no identifier). */
  private refPasses = 0;
  /** Where names are bound to literals in the current block, by `binds` regex (see bindingsOf). */
  private readonly bindings = new Map<string, Bindings>();
  /** Attributions of the current block, by line (or stretch of a long line). */
  private readonly arounds = new Map<string, { what: Attribution }>();
  /** By literal set: whether the window being scanned holds one of it (scanWindow). */
  private readonly windowLiterals = new Map<string, boolean>();
  /** By unit: whether the current block holds its `block` literals. */
  private readonly blockLiterals = new Map<number, boolean>();
  /** The outer config sections of the line last asked about (sectionsAt). */
  private sectionsOfLine: { start: number; names: string[] } | undefined;

  /**
   * `path`: the item's path. Its file name counts as vendor context (`novamed.ts`, `maiagent_client.py`, `novamed.env`),
   * and so does the folder of a settings file named for nothing (`services/novamed/.env`, `.maiagent/credentials`):
   * such a file is the folder's own configuration; so does a folder named as a host (HTTPie keeps each host's sessions
   * in one: `sessions/feapi.novamed.care/prod.json`). Otherwise the two folders nearest to it count when a vendor's name
   * is a word of theirs (`integrations/novamed/settings.py`, `charts/maiagent-bridge/templates/secret.yaml`: a team
   * keeps one service's code and charts together), but only to find a generic binding, reported unconfirmed: a folder
   * may as well be a case named for the vendor (and none under a test's folders: fixtures hold made-up keys). Folders further up (a monorepo's or a checkout's own name)
   * say nothing of one file.
   */
  constructor(
    private readonly detector: Detector,
    path?: string,
    /** Custom rules' time on the item; the scans of its decoded views and embedded sources share it. */
    readonly budget = new RuleBudget(),
    /**
     * False for a decoded view: a marker that only decoding shows (base64 of `keylint:allow` beside the key) is the
     * scanned content's text, not a comment a reviewer can see; the item's own lines decide (item.ts, isAllowedAt).
     */
    private readonly honoursAllowMarkers = true,
  ) {
    const segments = path?.toLowerCase().split('/');
    const name = segments?.pop();
    if (!name) return;
    // A test's fixtures named for the vendor hold made-up keys of its shape.
    const folders = segments!.some((segment) => FIXTURE_FOLDERS.has(segment)) ? [] : segments!.slice(-2);
    const nearest = folders.at(-1) ?? '';
    // A host needs a dot: a folder without one is not a host, and HOST_FOLDER is not compiled for it.
    const parent = SETTINGS_FILE.test(name) || (nearest.includes('.') && HOST_FOLDER.test(nearest)) ? nearest : '';
    for (const hints of Object.values(detector.ruleSet.hints)) {
      for (const word of hints?.context ?? []) {
        const inFolders = folders.some((folder) => namesWord(folder, word));
        if (inFolders) this.scopeHints.add(word);
        if (name.includes(word) || namesWord(parent, word)) this.hintsSeen.add(word);
        else if (inFolders) this.folderHints.add(word);
      }
    }
  }

  /** Scans the next block; `last` marks the final block of the item. */
  feed(block: Buffer, last: boolean): void {
    const detector = this.detector;
    detector.fed += block.length;
    if (!detector.gates && detector.gating === 'auto' && detector.fed > GATE_AFTER_BYTES) {
      const shared = detector.sharedGates?.();
      if (shared || !detector.sharedGates) gate(detector, shared && sameUnits(detector, shared));
    }
    if (!detector.stages.warmed && detector.fed > WARM_AFTER_BYTES) {
      detector.stages.warm();
      detector.matcher.warm();
    }
    this.bytes = this.carry.length === 0 ? block : Buffer.concat([this.carry, block]);
    this.latin1 = undefined;
    this.lower = undefined;
    this.blockLiterals.clear();
    this.newlines = undefined;
    this.counted.start = -1;
    this.occurring.clear();
    this.arounds.clear();
    this.refsBound.clear();
    this.refPasses = 0;
    this.bindings.clear();
    this.allowMarkers = undefined;
    this.nearbyTests = 0;
    // Hits near the end wait for the next block, so that their window is never cut.
    const hitLimit = last ? this.bytes.length : Math.max(0, this.bytes.length - WINDOW_FORWARD);
    const hitStart = this.scannedTo - this.carryOffset;
    if (hitLimit > hitStart) {
      if (this.detector.exhaustive) this.scanEverything(hitStart);
      else this.scanHits(hitStart, hitLimit, last && this.fed === 0);
      this.scannedTo = this.carryOffset + hitLimit;
    }
    // Read only where a key may need it: an item with candidates, or one whose first block is all there is of its head.
    if (this.fed === 0 && (!last || this.candidates.length > 0)) {
      const head = this.bytes.toString('latin1', 0, PROLOGUE_BYTES);
      this.directives = directivesOf(head);
      const scope = declaredScopeOf(head);
      if (scope !== undefined) this.addScopeHints(scope);
    }
    this.fed++;
    if (!last) this.keepCarry();
  }

  /** Settles vendor context, environments and overlaps; returns the item's matches. */
  finish(): Match[] {
    // Most items have none: their empty arrays through the chain below made V8 drop its optimised code whenever an
    // item with candidates came (arrays of numbers, then of objects), and recompile the whole inlined scan.
    if (this.candidates.length === 0) return [];
    const vendorsSeen = this.vendorsSeen();
    const named = this.folderHints.size === 0 ? vendorsSeen : this.vendorsOf(this.hintsSeen);
    const scopeVendors = this.vendorsOf(this.scopeHints);
    const claimed = new Set<string>();
    // A header sent in another service's request is that service's key, however generic a name (`api-key` of
    // `x-api-key`) also binds it in a file that names the vendor elsewhere.
    const elsewhere = new Set(
      this.candidates
        .filter((c) => c.evidence === 'header' && (c.around === 'host' || c.around === 'foreign'))
        .map((c) => `${c.rule.id}:${c.offset}`),
    );
    const settled = this.candidates
      .map((c) => ({ c, confirmed: confirmation(c, vendorsSeen, named, scopeVendors, this.detector.ruleSet.hints) }))
      .filter(
        (s): s is { c: Candidate; confirmed: boolean } =>
          s.confirmed !== undefined &&
          !(EVIDENCE_RANK[s.c.evidence] > EVIDENCE_RANK.header && elsewhere.has(`${s.c.rule.id}:${s.c.offset}`)),
      )
      .sort((a, b) => a.c.offset - b.c.offset || EVIDENCE_RANK[a.c.evidence] - EVIDENCE_RANK[b.c.evidence]);
    // The best-founded pattern of a rule that counts at an offset claims it.
    const kept = settled.filter(({ c }) => {
      const key = `${c.rule.id}:${c.offset}`;
      if (claimed.has(key)) return false;
      claimed.add(key);
      return true;
    });
    const confirmedOf = new Map(kept.map(({ c, confirmed }) => [c, confirmed]));
    return resolveOverlaps(kept.map(({ c }) => c)).map((c) => ({
      rule: c.rule,
      offset: c.offset,
      length: c.length,
      secret: c.secret,
      ...(c.text === undefined ? {} : { text: c.text }),
      ...(c.vendor === undefined ? {} : { vendor: c.vendor }),
      binding: c.binding,
      ...(c.envRead === undefined ? {} : { envRead: c.envRead }),
      ...(c.fallback ? { fallback: c.fallback } : {}),
      ...(c.defined ? { defined: c.defined } : {}),
      ...(this.directives.length === 0 ? {} : { directives: this.directives }),
      ...(c.sections === undefined ? {} : { sections: c.sections }),
      line: c.line,
      column: c.column,
      environment: c.rule.environment ?? c.nearEnvironment ?? this.environmentOf(c.rule.vendor),
      vendorConfirmed: confirmedOf.get(c)!,
    }));
  }

  /** Records the vendors' context words that a declared package or namespace names. */
  private addScopeHints(scope: string): void {
    for (const hints of Object.values(this.detector.ruleSet.hints)) {
      for (const word of hints?.context ?? []) {
        if (mentions(scope, scope, word, this.detector.otherWords)) this.scopeHints.add(word);
      }
    }
  }

  /** Whether the item has shown any vendor's context so far. */
  sawVendorContext(): boolean {
    return this.vendorsSeen().size > 0;
  }

  /** The vendors whose context keywords the item has shown so far. */
  private vendorsSeen(): Set<Vendor> {
    // Hints only accumulate: while no new one was seen, the answer stands.
    if (this.vendors?.hints === this.hintsSeen.size) return this.vendors.seen;
    const seen = this.vendorsOf(this.hintsSeen, this.folderHints);
    this.vendors = { hints: this.hintsSeen.size, seen };
    return seen;
  }

  private vendorsOf(...words: Set<string>[]): Set<Vendor> {
    const seen = new Set<Vendor>();
    for (const [vendor, hints] of Object.entries(this.detector.ruleSet.hints)) {
      if (hints?.context?.some((k) => words.some((set) => set.has(k)))) seen.add(vendor as Vendor);
    }
    return seen;
  }

  /** The config sections holding a key; a line's outer sections are read once for all the keys on it (bundles). */
  private sectionsAt(text: string, at: number, lineStart: number): string[] {
    if (this.sectionsOfLine?.start !== this.carryOffset + lineStart)
      this.sectionsOfLine = { start: this.carryOffset + lineStart, names: lineSections(text, lineStart) };
    return sectionsOf(text, at, lineStart, this.sectionsOfLine.names);
  }

  /**
   * The environment of the vendor host named nearest to a key within a few lines of it: a config whose sections list
   * every environment (`development:` with the development host and its key, `production:` with the production host
   * and its key) holds each environment's key beside its own host, though the file names both.
   */
  private nearEnvironment(rule: Rule, text: string, at: number): { nearEnvironment?: Environment } {
    const envs = rule.vendor ? this.detector.ruleSet.hints[rule.vendor]?.environments : undefined;
    if (!envs) return {};
    const from = Math.max(0, at - NEAR_HOST_BYTES);
    const region = text.slice(from, at + NEAR_HOST_BYTES).toLowerCase();
    let best: { distance: number; env: Environment } | undefined;
    for (const [env, hosts] of Object.entries(envs)) {
      for (const host of hosts ?? []) {
        for (let i = region.indexOf(host); i !== -1; i = region.indexOf(host, i + 1)) {
          const distance = Math.abs(from + i - at);
          if (!best || distance < best.distance) best = { distance, env: env as Environment };
        }
      }
    }
    return best ? { nearEnvironment: best.env } : {};
  }

  private environmentOf(vendor: Vendor | null): Environment {
    const envs = vendor ? this.detector.ruleSet.hints[vendor]?.environments : undefined;
    if (!envs) return 'unknown';
    for (const env of ['production', 'staging', 'development'] as const) {
      if (envs[env]?.some((host) => this.hintsSeen.has(host))) return env;
    }
    return 'unknown';
  }

  private text(): string {
    return (this.latin1 ??= this.bytes.toString('latin1'));
  }

  /** One pass of the keyword matcher over the raw bytes; patterns run only in windows around hits. */
  private scanHits(hitStart: number, hitLimit: number, whole: boolean): void {
    const { matcher, stages, unitsOf, isHint, otherWords, isView, units, gates } = this.detector;
    // A hit packs its offset and keyword into one number, so that sorting them is a numeric sort.
    const stride = matcher.keywords.length;
    const hits: number[] = [];
    // With gates, the whole block is searched: its carried bytes and its tail, where hits wait for the next
    // block, can hold a literal that a window reaches.
    // A whole item's keywords are kept for a second look at them (mayMatchInJson): every hit of it is found here,
    // or, for the deferred keywords, every one that could count there.
    const present = gates || whole ? new Uint8Array(stride) : undefined;
    if (whole) this.keywordsSeen = present;
    const [from, to] = gates ? [0, this.bytes.length] : [hitStart, hitLimit];
    const found: number[] = [];
    const byteAt = (index: number) => this.bytes[index] ?? 0;
    stages.findFirst(this.bytes, from, to, found);
    const take = (start: number) => {
      for (let i = start; i < found.length; i += 2) {
        const keyword = found[i]!;
        const at = found[i + 1]!;
        if (present) present[keyword] = 1;
        if (isHint[keyword] && !cutsWord(byteAt, at, at + matcher.keywords[keyword]!.length, otherWords))
          this.hintsSeen.add(matcher.keywords[keyword]!);
        if (isView[keyword] === 1) this.viewSigns.anchors.push(this.carryOffset + at);
        else if (isView[keyword] === 2) this.viewSigns.flagged = true;
        else if (isView[keyword] === 3) this.viewSigns.escapedPrefix = true;
        else if (isView[keyword]! >= 4 && passSignAt(this.bytes, at, isView[keyword]! - 4))
          this.viewSigns.passed |= 1 << (isView[keyword]! - 4);
        if (unitsOf[keyword]!.length > 0 && at >= hitStart && at < hitLimit) hits.push(at * stride + keyword);
      }
    };
    take(0);
    // In a whole item every hint is known by now: a pattern that needs a vendor context the item lacks cannot count.
    const vendorsSeen = whole ? this.vendorsSeen() : undefined;
    const contextOk = (unit: Unit) => !vendorsSeen || contextMet(unit, (vendor) => vendorsSeen.has(vendor));
    const runs = (unit: Unit, index: number) =>
      contextOk(unit) && (!gates || gates[index]!.every((set) => set.some((keyword) => present![keyword] === 1)));
    if (stages.splits && this.deferredMayCount(contextOk, present)) {
      const start = found.length;
      stages.findDeferred(this.bytes, from, to, found);
      take(start);
    }
    if (hits.length === 0) return;
    const useful = units.map(runs);
    hits.sort((a, b) => a - b);
    for (let i = 0; i < hits.length; ) {
      // One window holds the hits whose reaches touch; each pattern then looks only near its own hits.
      const first = Math.floor(hits[i]! / stride);
      let last = first;
      const byUnit = new Map<number, number[]>();
      for (; i < hits.length; i++) {
        const at = Math.floor(hits[i]! / stride);
        if (at - WINDOW_BACK > last + WINDOW_FORWARD) break;
        last = at;
        for (const unit of unitsOf[hits[i]! % stride]!) {
          if (!useful[unit]) continue;
          const list = byUnit.get(unit);
          if (list) list.push(at);
          else byUnit.set(unit, [at]);
        }
      }
      if (byUnit.size > 0)
        this.scanWindow(Math.max(0, first - WINDOW_BACK), Math.min(this.bytes.length, last + WINDOW_FORWARD), byUnit);
    }
  }

  /**
   * Whether a deferred keyword (stages.ts) starts a unit that the first stage's hits leave able to count: its context
   * met and each gate set held. A gate literal holding a quote or a backslash counts as held, as mayMatchInJson counts
   * it (JSON escapes it): an item whose deferred keywords are left unsearched then also leaves that second look at
   * its keywords unchanged.
   */
  private deferredMayCount(contextOk: (unit: Unit) => boolean, present: Uint8Array | undefined): boolean {
    const { stages, unitsOf, units, gates, matcher } = this.detector;
    const held = (keyword: number) => present![keyword] === 1 || escapedInJson(matcher.keywords[keyword]!);
    for (let keyword = 0; keyword < unitsOf.length; keyword++) {
      if (stages.deferred[keyword] !== 1) continue;
      for (const unit of unitsOf[keyword]!) {
        if (contextOk(units[unit]!) && (!gates || gates[unit]!.every((set) => set.some(held)))) return true;
      }
    }
    return false;
  }

  /** The reference: every pattern over the whole block, and hints by plain substring search. */
  private scanEverything(hitStart: number): void {
    const { units, matcher, isHint, otherWords, isView } = this.detector;
    this.scanWindow(
      Math.max(0, hitStart - WINDOW_BACK),
      this.bytes.length,
      new Map(units.map((_, index) => [index, undefined])),
    );
    const lower = this.text().toLowerCase();
    matcher.keywords.forEach((keyword, index) => {
      if (isHint[index] && mentions(this.text(), lower, keyword, otherWords)) this.hintsSeen.add(keyword);
      if (isView[index] === 2 && lower.includes(keyword)) this.viewSigns.flagged = true;
      if (isView[index] === 3 && lower.includes(keyword)) this.viewSigns.escapedPrefix = true;
      if (isView[index]! >= 4) {
        const sign = isView[index]! - 4;
        for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1))
          if (passSignAt(this.bytes, at, sign)) this.viewSigns.passed |= 1 << sign;
      }
      if (isView[index] === 1) {
        for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1))
          this.viewSigns.anchors.push(this.carryOffset + at);
      }
    });
  }

  /**
   * Runs patterns over the bytes `start`..`end`. A pattern with hits is only tried at starts from its `before`
   * characters before each hit up to the hit (every match holds a keyword); one without is searched everywhere.
   */
  private scanWindow(start: number, end: number, unitHits: Map<number, number[] | undefined>): void {
    // One character before the window is kept, so that `^` and lookbehinds see what really precedes it.
    const from = start > 0 ? start - 1 : 0;
    const window = this.bytes.toString('latin1', from, end);
    let lower: string | undefined;
    // Units share literal sets (the nine spellings of `x-api-key` are a set of 19 units): each set is searched for
    // once a window, in one pass. A search per unit, set and literal was a tenth of a worker's time on the bench
    // corpus, most of it for sets the window does not hold, whose every literal was looked for to the end.
    const found = this.windowLiterals;
    found.clear();
    const holds = (search: LiteralSearch) => {
      let held = found.get(search.key);
      if (held === undefined) {
        held = search.regex.test((lower ??= window.toLowerCase()));
        found.set(search.key, held);
      }
      return held;
    };
    // In unit order, so that a rule's patterns are tried in the order its file lists them.
    for (const index of [...unitHits.keys()].sort((a, b) => a - b)) {
      const hits = unitHits.get(index);
      const { rule, pattern, bounded } = this.detector.units[index]!;
      // A regex is compiled when it first runs (the largest cost of a pre-commit's run): not for a window it cannot
      // match in, nor for a block that its nearby conditions cannot hold in.
      if (!this.detector.exhaustive) {
        const needs = unitLiterals(this.detector, index);
        if (needs.window.length > 0 && !windowSearches(this.detector, index, needs.window).every(holds)) continue;
        if (needs.block.length > 0 && !this.blockHolds(index, needs.block)) continue;
      }
      const budget = rule.custom ? this.budget : undefined;
      if (budget && !budget.start(rule.id)) continue;
      if (!hits || !bounded) {
        pattern.regex.lastIndex = start - from;
        for (const m of window.matchAll(pattern.regex)) {
          this.considerAll(rule, pattern, window, from, m, m.index);
          if (budget && !budget.within()) break;
        }
        budget?.end();
        continue;
      }
      let cursor = start - from;
      for (const hit of hits) {
        if (budget && !budget.within()) break;
        const at = hit - from;
        // Starts up to `cursor` are settled: an earlier search found nothing there, or a match covers them.
        while (cursor <= at) {
          const lowest = Math.max(cursor, at - pattern.before);
          bounded.lastIndex = lowest;
          const m = bounded.exec(window);
          if (!m) {
            // Every start the search may try was tried, which reaches at least to the hit.
            cursor = lowest + pattern.before + 1;
            break;
          }
          const matchStart = m.indices!.groups![BOUNDED_START]![0];
          const matchEnd = m.indices![0]![1];
          this.considerAll(rule, pattern, window, from, m, matchStart);
          cursor = Math.max(matchEnd, matchStart + 1);
        }
      }
      budget?.end();
    }
  }

  /** Whether the current block holds a member of each set, as one unit's `block` literals: answered once per block. */
  private blockHolds(unit: number, sets: string[][]): boolean {
    let holds = this.blockLiterals.get(unit);
    if (holds === undefined) {
      holds = holdsEach(this.lowerText(), sets);
      this.blockLiterals.set(unit, holds);
    }
    return holds;
  }

  /** Considers a match, then each further value of its list binding (`pattern.more`), bound to the same name. */
  private considerAll(
    rule: Rule,
    pattern: Pattern,
    window: string,
    from: number,
    m: RegExpExecArray,
    matchStart: number,
  ): void {
    const ref = m.groups?.ref;
    if (ref !== undefined) {
      const useAt = from + m.indices!.groups!.ref![0];
      if (ref.length === 1) this.considerNearest(rule, pattern, ref, useAt);
      else this.considerBound(rule, pattern, ref, useAt);
      return;
    }
    this.consider(rule, pattern, from, m, matchStart);
    const more = pattern.more;
    const name = m.groups?.name;
    let end = m.indices!.groups?.secret?.[1];
    if (!more || end === undefined) return;
    for (let next = 0; next < MAX_LIST_VALUES; next++) {
      more.lastIndex = end;
      const value = more.exec(window);
      const secret = value?.indices?.groups?.secret;
      if (!value || !secret) return;
      this.consider(rule, pattern, from, value, value.index, name);
      end = secret[1];
    }
  }

  /**
   * A header bound to a variable (`'x-api-key': API_KEY`): the literals that variable is bound to anywhere in the
   * current block are keys of the header's vendor, found with the pattern's `binds` regex for that name.
   */
  private considerBound(rule: Rule, pattern: Pattern, ref: string, useAt: number): void {
    if (!pattern.binds || REF_NOT_A_VARIABLE.test(ref)) return;
    const key = `${rule.id}:${pattern.binds.source}:${ref}`;
    if (this.refsBound.has(key)) return;
    const bindable = BINDABLE_NAME.test(ref);
    // Another name costs a pass over the block: a bundle full of them gets a bounded number of passes. Identifiers
    // share one pass, uncapped: a cap let 64 decoy header variables hide the key bound to the 65th.
    if (!bindable && this.refPasses++ >= MAX_REFS_PER_BLOCK) return;
    this.refsBound.add(key);
    const text = this.text();
    if (!bindable) {
      const source = pattern.binds.source.replaceAll('\\k<ref>', escapeRegex(ref));
      const regex = new RegExp(source, pattern.binds.flags);
      // Every match holds the name: where the regex stays on its line, only the lines holding it are searched.
      if (staysOnLine(regex)) {
        const search = new LineSearch(source, pattern.binds.flags, text, () => this.lowerText());
        search.lines(ref, (m, start) => this.consider(rule, pattern, 0, m, start, ref, useAt));
      } else for (const m of text.matchAll(regex)) this.consider(rule, pattern, 0, m, m.index, ref, useAt);
      return;
    }
    const { sticky, starts, folded } = this.bindingsOf(pattern.binds, ref);
    const list = starts.get(folded ? ref.toLowerCase() : ref) ?? [];
    for (const at of list) {
      sticky.lastIndex = at;
      const m = sticky.exec(text)!;
      // A name bound in several places (two samples in one README) is the vendor's where the vendor gets it; a
      // binding handed to another service's client just below it (`client = OpenAI(api_key=API_KEY)`) is not.
      if (list.length > 1 && this.givenToAnother(text, m, ref)) continue;
      this.consider(rule, pattern, 0, m, m.index, ref, useAt);
    }
  }

  /** Whether the binding `m` of `ref` is handed to another service's client on the lines just below it. */
  private givenToAnother(text: string, m: RegExpExecArray, ref: string): boolean {
    const end = text.indexOf('\n', m.indices?.groups?.secret?.[1] ?? m.index + m[0].length);
    return end !== -1 && this.detector.attributor.givenTo(text, end, ref) === 'foreign';
  }

  /**
   * A header bound to a one-letter variable (`Authorization:"Api-Key "+e`): minified code rebinds such names in every
   * function, so only the binding nearest before the use counts, and only when no parameter list or assignment
   * between them rebinds the name.
   */
  private considerNearest(rule: Rule, pattern: Pattern, ref: string, useAt: number): void {
    if (!pattern.binds || REF_NOT_A_VARIABLE.test(ref)) return;
    const { sticky, starts, folded } = this.bindingsOf(pattern.binds, ref);
    const list = starts.get(folded ? ref.toLowerCase() : ref);
    if (!list) return;
    const index = countBelow(list, useAt) - 1;
    const at = list[index];
    if (at === undefined) return;
    const text = this.text();
    if (useAt - at > NEAREST_REACH && !withinLines(text, at, useAt)) return;
    sticky.lastIndex = at;
    const m = sticky.exec(text)!;
    const end = m.index + m[0].length;
    if (end > useAt || rebinds(ref).test(text.slice(end, useAt))) return;
    this.consider(rule, pattern, 0, m, m.index, ref, useAt);
  }

  /**
   * Where each name is bound to a literal in the current block, found by the `binds` regex with a name pattern in
   * place of `\\k<ref>`, at least for `name`. A pass per name cost up to MAX_REFS_PER_BLOCK passes over each block: a
   * bundle of `{"x-api-key":vN}` with a header variable every line took 20 times the CPU of the same text without
   * them. A regex that stays on its line is run only over the lines holding the names asked for (a pass over the
   * whole block was a quarter of the engine's time on the bench corpus), and gives the same matches there.
   */
  private bindingsOf(binds: NonNullable<Pattern['binds']>, name: string): Bindings {
    const key = `${binds.flags}/${binds.source}`;
    let found = this.bindings.get(key);
    if (!found) {
      let groups = 0;
      const source = binds.source.replaceAll(
        '\\k<ref>',
        () => `(?<${BOUND_NAME}${groups++}>${BINDABLE_NAME.source.slice(1, -1)})`,
      );
      const whole = new RegExp(source, binds.flags);
      const lineLocal = staysOnLine(whole) && !/\\[1-9]/.test(source);
      found = {
        sticky: new RegExp(source, `${binds.flags.replace('g', '')}y`),
        starts: new Map(),
        folded: binds.flags.includes('i'),
        groups,
        lines: lineLocal ? new LineSearch(source, binds.flags, this.text(), () => this.lowerText()) : undefined,
      };
      this.bindings.set(key, found);
      if (!lineLocal) for (const m of this.text().matchAll(whole)) addBinding(found, m, m.index);
    }
    const bindings = found;
    if (!bindings.lines) return bindings;
    const touched = new Set<number[]>();
    bindings.lines.lines(name, (m, start) => touched.add(addBinding(bindings, m, start)));
    for (const list of touched) list.sort((a, b) => a - b);
    return bindings;
  }

  /** The current block lower-cased (one character per byte, as the latin1 text). */
  private lowerText(): string {
    return (this.lower ??= this.text().toLowerCase());
  }

  /**
   * Checks one regex match (its pattern part starting at `matchStart` in the window) and keeps it as a candidate.
   * `useAt`: where a header is given the variable the match binds.
   */
  private consider(
    rule: Rule,
    pattern: Pattern,
    from: number,
    m: RegExpExecArray,
    matchStart: number,
    name = m.groups?.name,
    useAt?: number,
  ): void {
    // A usage lint is about the whole expression; its key, when it names one, is only reported.
    const usage = rule.kind === 'usage';
    const whole: [number, number] = [matchStart, m.indices![0]![1]];
    const joined = m.groups?.joined;
    const span = usage ? whole : (m.indices!.groups?.secret ?? m.indices!.groups?.joined ?? whole);
    const matched = m[0].slice(matchStart - m.index);
    const literal =
      m.groups?.secret ?? (joined === undefined ? undefined : joinParts(joined)) ?? (usage ? '' : matched);
    const turn =
      !usage && m.groups?.secret !== undefined ? turnOf(this.text(), from + span[0], from + span[1]) : undefined;
    const secret = turn ? turn(literal) : literal;
    if (joined !== undefined && !JOINED_KEY.test(secret)) return;
    // A prefixed key joined from its prefix and a body: the body alone must be as long as a key's.
    if (joined !== undefined && rule.prefix !== undefined && secret.length < rule.prefix.length + MIN_PREFIXED_BODY)
      return;
    const at = from + span[0];
    const key = `${rule.id}:${this.carryOffset + at}:${pattern.evidence}`;
    if (this.seenOffsets.has(key)) return;
    if (rule.kind === 'secret' && isPlaceholder(secret, rule, this.detector.ruleSet.placeholders)) return;
    const text = this.text();
    const named = m.indices!.groups?.name;
    if (!this.nearbyHolds(pattern, text, at, from + span[1])) return;
    // A lint that names no vendor concerns the one its code talks to: the vendor named nearest before it.
    const talksTo = usage && rule.vendor === null ? this.vendorNear(text, at, from + span[1]) : undefined;
    if (
      pattern.attributed &&
      (rule.vendor === null ? talksTo === undefined : !this.attributedHere(rule, text, at, from + span[1]))
    )
      return;
    const line = this.lineOf(text, at);
    // A value found some lines below its name must be in the name's block.
    if (named && pattern.sameBlock && from + named[0] < line.start) {
      const nameLine = this.lineOf(text, from + named[0]);
      if (leavesBlock(text, nameLine.start, from + named[0], at)) return;
    }
    if (this.honoursAllowMarkers && (this.allowMarkers ??= INLINE_ALLOW_ANYWHERE.test(text)) && isAllowedNear(text, at))
      return;
    const given =
      useAt === undefined || rule.kind !== 'secret' ? undefined : this.sentTo(rule, pattern.evidence, text, useAt);
    // Another service's client given the variable leaves its literal to the patterns that bind it by name.
    if (given === 'foreign') return;
    const sections = this.detector.wantsSections(rule) ? this.sectionsAt(text, at, line.start) : undefined;
    this.seenOffsets.add(key);
    this.candidates.push({
      rule,
      offset: this.carryOffset + at,
      length: span[1] - span[0],
      secret: latin1ToUtf8(secret),
      ...(usage ? { text: latin1ToUtf8(matched) } : {}),
      ...(talksTo === undefined ? {} : { vendor: talksTo }),
      binding: name ?? bindingBefore(text, at, line.start),
      ...(usage ? {} : envReadBefore(text, at, line.start)),
      ...(sections === undefined ? {} : { sections }),
      // A key in a section of a config that lists every environment sits beside its own environment's host; a
      // flat file's keys take the file's environment (SPEC §2: a NovaMed key in a file naming the production host).
      ...(sections?.length && rule.environment === undefined ? this.nearEnvironment(rule, text, at) : {}),
      line: this.carryLine + line.index,
      column: this.columnOf(at, line),
      evidence: pattern.evidence,
      ...(rule.kind === 'secret'
        ? {
            around:
              given ??
              this.around(rule, pattern.evidence, text, at, from + span[1], line, name, named && from + named[0]),
          }
        : {}),
    });
  }

  /**
   * Whose a variable's literal is by where the variable is given (at `useAt`): a constant declared among other
   * services' clients (`slack = WebClient(…)` then `KEY = '…'`) is the vendor's where the vendor gets it; one that a
   * generic key slot hands to another service's client on the same line (`OpenAI(api_key=k)`) is not the vendor's,
   * whatever the file names. Undefined where the use says neither.
   */
  private sentTo(rule: Rule, evidence: Evidence, text: string, useAt: number): Attribution {
    if (rule.vendor === null) return undefined;
    const line = this.lineOf(text, useAt);
    if (this.around(rule, 'header', text, useAt, useAt, line) === rule.vendor) return rule.vendor;
    return evidence === 'context' && this.detector.attributor.ownLine(text, useAt, line.start) === 'foreign'
      ? 'foreign'
      : undefined;
  }

  /**
   * What the text around a binding says of its vendor, for the evidence that depends on it. Answers are kept per
   * line (per stretch of a long line), so that a bundle with thousands of bindings reads each region once.
   */
  private around(
    rule: Rule,
    evidence: Evidence,
    text: string,
    at: number,
    end: number,
    line: LineSpan,
    name?: string,
    nameAt?: number,
  ): Attribution {
    const { attributor } = this.detector;
    if (evidence === 'key' || evidence === 'name' || rule.vendor === null) return undefined;
    // A header binding (x-api-key, Api-Key) is judged by its own vendor and other services only: a line or block
    // that also names another of keylint's vendors says nothing against it.
    const decisive = (what: Attribution) =>
      evidence !== 'header' || what === rule.vendor || what === 'foreign' || what === 'host';
    const enclosing =
      nameAt !== undefined && nameAt >= line.start ? attributor.enclosingOwner(text, nameAt, line.start) : undefined;
    // A map or client named for a vendor that a name is an entry or argument of decides first (`novamed:{apiKey:…}`
    // on a bundle's line that names every vendor).
    if (evidence !== 'header' && enclosing !== undefined && enclosing !== 'foreign') return enclosing;
    const own = attributor.ownLine(text, at, line.start);
    if (own && decisive(own)) return own;
    // A header sent, on its own line, to another of keylint's vendors' hosts is that vendor's request.
    if (evidence === 'header' && own !== undefined && own !== rule.vendor) {
      const host = attributor.ownHost(text, at, line.start);
      if (host !== undefined && host !== rule.vendor) return host;
    }
    // A generic name that says whose key it is (`GEMINI_API_KEY`, `MONDAY_CLIENT_SECRET`) is that service's, however
    // near a vendor is mentioned: a project's .env holds many services' keys.
    if (evidence === 'context' && attributor.otherOwner(text, at, line.start, name)) return 'foreign';
    // So does a comment that ends its line naming another service (`API_KEY = "…"  # langfuse`).
    if (evidence !== 'header' && attributor.trailingComment(text, end, line.end) === 'foreign') return 'foreign';
    // And a comment heading its paragraph (`# OpenAI` over `API_KEY=…` in a .env that names the vendor above).
    if (evidence === 'context' && attributor.headingComment(text, line.start) === 'foreign') return 'foreign';
    // And the client its name is handed to just below (`client = OpenAI(api_key=API_KEY)`).
    if (evidence === 'context' && name !== undefined && attributor.givenTo(text, line.end, name) === 'foreign')
      return 'foreign';
    // So does the call or map it is an argument or entry of (`Together(api_key="…")`, `fireworks = {"api_key": …}`).
    if (enclosing === 'foreign') return 'foreign';
    const short = line.end - line.start <= AROUND_STRETCH;
    const kind = evidence === 'header' ? `h${rule.vendor}` : 'b';
    const key = `${kind}${short ? line.start : Math.floor(at / AROUND_STRETCH)}`;
    let answer = this.arounds.get(key);
    if (answer === undefined) {
      const [from, to] = short ? [line.start, line.end] : [at, end];
      // A value indented below its name (`"ApiKey":` then the value) is in the name's block: read from the value's
      // line, the name's line is taken for a block of its own and the service above it is never reached.
      const nameLine = nameAt !== undefined && nameAt >= 0 && nameAt < line.start ? lineStartOf(text, nameAt) : -1;
      const below = nameLine >= 0 && indentOf(text, line.start) > indentOf(text, nameLine);
      const blockLine = below ? nameLine : line.start;
      // Where no block header says whose it is, a comment heading the paragraph may (`// MaiAgent client` over
      // `{"key": …}`), as a `maiagent:` header would.
      const block =
        attributor.blockOf(text, blockLine, evidence !== 'header') ??
        (evidence === 'header' ? undefined : attributor.headingComment(text, blockLine));
      let what = block;
      if (!decisive(block)) what = attributor.nearestTo(text, from, to, rule.vendor);
      else if (block === undefined && evidence === 'context') what = attributor.nearestVendor(text, from, to);
      // With nothing around to say whose it is, the variable's own name may: `brandfetchApiKey` is brandfetch's.
      if (what === undefined && evidence === 'header') what = attributor.namedOwner(text, at, line.start);
      answer = { what };
      this.arounds.set(key, answer);
    }
    return answer.what;
  }

  /** Whether the service named nearest before `at`..`end` is the rule's vendor. */
  private attributedHere(rule: Rule, text: string, at: number, end: number): boolean {
    return this.detector.attributor.nearestService(text, at, end) === rule.vendor;
  }

  /** The vendor named nearest before `at`..`end`, when the nearest service named there is one of keylint's. */
  private vendorNear(text: string, at: number, end: number): Vendor | undefined {
    const what = this.detector.attributor.nearestService(text, at, end);
    return VENDORS.includes(what as Vendor) ? (what as Vendor) : undefined;
  }

  /** True when every `requires` regex and no `excludes` regex matches in the lines around `from`..`to`. */
  private nearbyHolds(pattern: Pattern, text: string, from: number, to: number): boolean {
    // A presence check over the whole block costs one pass; it only pays once a block has many matches. A condition
    // on the whole item is that check.
    const test = (near: Nearby) =>
      near.withinLines === 'file'
        ? this.occurs(near.regex, text)
        : (++this.nearbyTests <= DIRECT_NEARBY_TESTS || this.occurs(near.regex, text)) &&
          near.regex.test(linesAround(text, from, to, near.withinLines));
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

  /** The line holding offset `at`: its index in the current block, start and end (exclusive). */
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
  private columnOf(at: number, line: LineSpan): number {
    const counted = this.counted;
    if (counted.start !== line.start || at < counted.at)
      Object.assign(counted, { start: line.start, at: line.start, units: 0 });
    counted.units += utf16Units(this.bytes, counted.at, at);
    counted.at = at;
    return (line.index === 0 ? this.carryColumnUnits : 0) + counted.units + 1;
  }

  private keepCarry(): void {
    const bytes = this.bytes;
    const cut = Math.max(0, Math.min(this.scannedTo - this.carryOffset, bytes.length) - WINDOW_BACK);
    if (cut === 0) {
      this.carry = bytes;
      return;
    }
    const dropped = bytes.subarray(0, cut);
    let newlines = 0;
    let lastNewline = -1;
    for (let i = dropped.indexOf(10); i !== -1; i = dropped.indexOf(10, i + 1)) {
      newlines++;
      lastNewline = i;
    }
    this.carryLine += newlines;
    this.carryColumnUnits =
      lastNewline === -1 ? this.carryColumnUnits + utf16Units(bytes, 0, cut) : utf16Units(bytes, lastNewline + 1, cut);
    this.carryOffset += cut;
    this.carry = bytes.subarray(cut);
  }
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

/**
 * Whether a candidate counts, and whether its vendor is confirmed (undefined: it does not count).
 * Usage lints and key/name evidence stand alone; a header binding is confirmed by its vendor around it and dropped
 * in another service's request; generic bindings need their vendor in their block, or in the item when the block
 * says nothing; bare names need it in their block, or in the item's own scope when the block says nothing (its
 * folders: `KEY = "…"` in `com/clinic/novamed/Keys.java`, `auth` in `pkg/novamed/auth.go`; or its declared package
 * or namespace): a mention elsewhere in the text is too weak for a name as common as `key`.
 */
/**
 * Whether a candidate's vendor is confirmed (true), found but unconfirmed (false), or not the vendor's at all
 * (undefined). `vendorsSeen` counts the item's folders' names, `named` only what the item itself shows,
 * `scopeVendors` what its nearest folders and declared package or namespace name.
 */
function confirmation(
  c: Candidate,
  vendorsSeen: Set<Vendor>,
  named: Set<Vendor>,
  scopeVendors: Set<Vendor>,
  hints: RuleSet['hints'],
): boolean | undefined {
  const vendor = c.rule.vendor;
  if (c.rule.kind !== 'secret' || c.evidence === 'key' || c.evidence === 'name') return true;
  if (c.around === vendor) return true;
  if (
    c.evidence === 'context' &&
    c.around !== 'foreign' &&
    c.around !== 'host' &&
    vendor !== null &&
    vendorsSeen.has(vendor) &&
    hasShape(hints[vendor], c.secret)
  )
    return true;
  // A vendor with private deployments may sit behind any host: its header there is kept, unconfirmed.
  if (c.around === 'host' && c.evidence === 'header' && vendor !== null && hints[vendor]?.selfHosted) return false;
  if (c.around !== undefined || vendor === null) return undefined;
  if (c.evidence === 'scope') {
    if (scopeVendors.size !== 1 || !scopeVendors.has(vendor)) return undefined;
    return named.has(vendor) || hasShape(hints[vendor], c.secret);
  }
  if (named.has(vendor)) return true;
  return c.evidence === 'header' || vendorsSeen.has(vendor) ? false : undefined;
}

const shapes = new Map<string, RegExp>();

/** Whether `secret` has the shape only the vendor's keys have (its hints' `shape`). */
function hasShape(hints: RuleSet['hints'][Vendor], secret: string): boolean {
  const source = hints?.shape;
  if (source === undefined) return false;
  let shape = shapes.get(source);
  if (!shape) shapes.set(source, (shape = new RegExp(source)));
  return shape.test(secret);
}

/**
 * Where two secret matches overlap, the rule with higher precedence (then the longer match) wins. Matches at one
 * offset are taken in a fixed order (stronger evidence, then rule id), not in the order they were found: the fast
 * path finds them window by window and the reference pattern by pattern, and a tie must go the same way in both.
 */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const secrets = candidates
    .filter((c) => c.rule.kind === 'secret')
    .sort(
      (a, b) =>
        a.offset - b.offset ||
        EVIDENCE_RANK[a.evidence] - EVIDENCE_RANK[b.evidence] ||
        (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0),
    );
  const dropped = new Set<Candidate>();
  for (let i = 0; i < secrets.length; i++) {
    const a = secrets[i]!;
    for (let j = i + 1; j < secrets.length && secrets[j]!.offset < a.offset + a.length; j++) {
      const b = secrets[j]!;
      const aWins =
        a.rule.precedence !== b.rule.precedence ? a.rule.precedence > b.rule.precedence : a.length >= b.length;
      dropped.add(aWins ? b : a);
    }
  }
  // Two patterns of one lint that see the same mistake (a vendor URL variable given `http://…`, and the URL itself)
  // report it once: a match inside another of its rule gives way to it.
  const lints = candidates
    .filter((c) => c.rule.kind !== 'secret')
    .sort((a, b) => a.offset - b.offset || b.length - a.length);
  for (let i = 0; i < lints.length; i++) {
    const a = lints[i]!;
    if (dropped.has(a)) continue;
    for (let j = i + 1; j < lints.length && lints[j]!.offset < a.offset + a.length; j++) {
      const b = lints[j]!;
      if (b.rule === a.rule && b.offset + b.length <= a.offset + a.length) dropped.add(b);
    }
  }
  // A key of one environment paired with the other's host is one mistake however often, and under however many
  // names, it comes up (read into a variable, assigned, sent): it is reported once, at the last mention, where it
  // is used.
  const lastMention = new Map<string, Candidate>();
  for (const c of lints) {
    if (dropped.has(c) || !c.rule.environment) continue;
    const key = c.rule.id;
    const seen = lastMention.get(key);
    if (seen) dropped.add(seen.offset < c.offset ? seen : c);
    if (!seen || seen.offset < c.offset) lastMention.set(key, c);
  }
  return candidates
    .filter((c) => !dropped.has(c))
    .sort((a, b) => a.offset - b.offset || a.rule.id.localeCompare(b.rule.id));
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

/** How far around a key its environment's host is looked for (nearEnvironment): a few lines of config. */
const NEAR_HOST_BYTES = 400;

/** A line of the current text. */
interface LineSpan {
  index: number;
  start: number;
  end: number;
}

/**
 * Whether an allow marker is on the line of `at`, within ALLOW_REACH of it: in a minified bundle one marker allows
 * what is beside it, not the whole line. Also asked for keys only a decoded view shows, at their item offset.
 */
export function isAllowedNear(text: string, at: number): boolean {
  const from = Math.max(0, at - ALLOW_REACH);
  const region = text.slice(from, Math.min(text.length, at + ALLOW_REACH));
  const start = at === from ? 0 : region.lastIndexOf('\n', at - from - 1) + 1;
  const end = region.indexOf('\n', at - from);
  const near = region.slice(start, end === -1 ? region.length : end).toLowerCase();
  return INLINE_ALLOW.some((marker) => near.includes(marker));
}

/** The name a value is assigned to on the same line (`NAME=`, `"NAME": `, `NAME: `), if any. */
function bindingBefore(text: string, at: number, lineStart: number): string | undefined {
  const from = Math.max(lineStart, at - 200);
  const m = /([A-Za-z_][A-Za-z0-9_]*)["']?\s*(?::=|=>|=|:)\s*["'`]?$/.exec(text.slice(from, at));
  return m?.[1];
}

// A read of a named setting: the environment in most languages (`process.env`, `os.environ`, `getenv`, `ENV`,
// `env::var`, `Environment.GetEnvironmentVariable`, `String.fromEnvironment`, `lookupEnv`), a project's helper
// named for it (`envOr`, `env_or_default`, `getEnvOrDefault`), or a configuration lookup that takes a default
// (`config("X", default=…)`, `Configuration["X"] ?? …`, `System.getProperty`, Airflow's `Variable.get("x", default_var=…)`).
const READ = String.raw`(?:env(?:iron(?:ment)?)?(?:_?or(?:_?(?:default|else))?|_?default)?|getenvironmentvariable|(?:get|find)property|config(?:uration)?|secrets|vars|variable(?=\.get\b))\b[^\n]{0,24}?`;
const NAME = String.raw`([A-Za-z_][\w.:-]*?)`;
/** A variable's whole name, where what follows it is not a fixed operator (`getenv("X") != null ? …`). */
const WHOLE_NAME = String.raw`["'\`]?([A-Za-z_][\w.-]*)["'\`]?`;
const QUOTE_AT_END = String.raw`\s*["'\`]{0,2}$`;
/** Calls and casts between a read and its fallback operator (`.ok()`, `.filter(s -> !s.isBlank())`, `as String?`). */
const CALLS = String.raw`(?:\s*\.\w+\((?:[^()\n]|\([^()\n]{0,40}\)){0,60}\)|\s+as\s+\w+\??)*`;
/** A test that a read is unset or empty: Ruby's `.nil?`, `.isEmpty()`, `== nil`, `=== undefined`, `is None`. */
const EMPTY_TEST = String.raw`(?:\.(?:nil|blank|empty|none)\?|\.(?:is_?empty|is_?blank|length\s*===?\s*0)(?:\(\))?|\s*(?:===?|\bis)\s*(?:nil|null|none|undefined|""|''))`;

/**
 * The environment variable that a literal at the end of the text is the fallback of, wherever the read and the
 * literal are two alternatives of one expression: after an operator (`process.env.X || '`, `?? '`,
 * `getenv('X') ?: '`, `or '`, Perl's `//`, Rust's `.unwrap_or("`, Java's `.orElse("`, Ruby's `fetch('X') { '`);
 * as a read's later argument (`os.environ.get('X', '`, Julia's `get(ENV, "X", "`, R's
 * `Sys.getenv("X", unset = "`, `envOr("X", "`); in the other branch of a conditional on the read
 * (`getenv("X") ? getenv("X") : "`, `if ($env:X) { $env:X } else { "`, Python's `… if … else "`); beside the read in
 * a coalescing call (Go's `cmp.Or(os.Getenv("X"), "`, Java's `requireNonNullElse(`, `defaultIfBlank(`); the
 * then-branch of a conditional that tests the read for emptiness (Ruby's `ENV["X"].nil? ? "`, `!process.env.X ? "`,
 * `string.IsNullOrEmpty(…("X")) ? "`); a setting's registered default (viper's `SetDefault("x.api_key", "`); a
 * shell or Spring default (`${X:-`, `${X-`, `${X:=`, `${x.y:`), Make's `X ?=`, or a struct tag's default beside its
 * variable (`env:"X" envDefault:"`, clap's `env = "X", default_value = "`). Calls between the read and the operator
 * are skipped (Rust's `.ok().unwrap_or_else(`, Java's `.filter(s -> !s.isBlank()).orElse(`).
 */
const ENV_FALLBACK = new RegExp(
  [
    String.raw`${READ}[.[({\s:]\s*["'\`]?${NAME}["'\`]?\s*[\])}]*${CALLS}\s*(?:\?\?=?|\|\|=?|\?:|\/\/|\bor\b|\.(?:unwrap_or(?:_else)?|or_else|orelse(?:get)?|getorelse|or)\(\s*(?:\|[^|\n]*\|\s*|\(\)\s*->\s*)?(?:(?:string::)?from\()?|\{|do\b\s*(?:\|[^|\n]*\|)?|\.if_?(?:blank|empty)\s*\{|\|\s*default\(\s*)${QUOTE_AT_END}`,
    String.raw`${READ}[(,]\s*["'\`]${NAME}["'\`]\s*,\s*(?:[a-z_]\w*\s*[:=]\s*)?${QUOTE_AT_END}`,
    String.raw`${READ}[.[({\s:]\s*${WHOLE_NAME}[^\n?]{0,80}\?(?![?.:])[^\n?:]{0,120}:${QUOTE_AT_END}`,
    String.raw`${READ}[.[({\s:]\s*${WHOLE_NAME}[^\n]{0,120}?\belse\b\s*\{?${QUOTE_AT_END}`,
    String.raw`${READ}[.[({\s:]\s*${WHOLE_NAME}\s*[\])}]*${CALLS}${EMPTY_TEST}\s*\)?\s*\?(?![?.:])${QUOTE_AT_END}`,
    String.raw`(?:!\s*\(?|\b(?:is_?null_?or_?(?:empty|white_?space)|is_?(?:empty|blank|none)|empty|blank)\s*\(\s*)[\w$.:>-]{0,40}?${READ}[.[({\s:]\s*${WHOLE_NAME}\s*[\])}]*\s*\)?\s*\?(?![?.:])${QUOTE_AT_END}`,
    String.raw`(?<![\w$])(?:or|try|nvl|ifnull|first\w*|\w*(?:coalesce|default|fallback|nonempty|nonblank|notempty|nonnull|else)\w*)\s*\(\s*[^\n,]{0,40}?${READ}[.[({\s:]\s*${WHOLE_NAME}\s*[\])}]*\s*,${QUOTE_AT_END}`,
    String.raw`\bset_?default\(\s*${WHOLE_NAME}\s*,${QUOTE_AT_END}`,
    // A build-inlined variable imported by name (SvelteKit's `$env/static/public`), then given a fallback.
    String.raw`(?<![\w$.])((?:PUBLIC|VITE|REACT_APP|GATSBY|VUE_APP|NG_APP|STORYBOOK|(?:NEXT|EXPO|NUXT)_PUBLIC)_[A-Z0-9_]+)\s*(?:\?\?|\|\|)\s*${QUOTE_AT_END}`,
    String.raw`\$\{${NAME}(?::?[-=]|:)${QUOTE_AT_END}`,
    String.raw`(?:^|[\n;])\s*(?:export\s+)?([A-Za-z_]\w*)\s*\?=${QUOTE_AT_END}`,
    String.raw`\benv(?:config)?\s*[:=]\s*"([A-Za-z_]\w*)"[^\n]{0,60}?\b(?:envdefault|default(?:_value(?:_t)?)?)\s*[:=]\s*"$`,
    // Schema defaults of environment validators (envalid, zod, joi) and Helm's `default`.
    String.raw`\b([A-Za-z_]\w*)["']?\s*:\s*(?:str|url|host|email|json|makevalidator)\(\s*\{[^\n]{0,80}?\b(?:dev)?default\s*:${QUOTE_AT_END}`,
    String.raw`\b([A-Za-z_]\w*)["']?\s*:\s*(?:z|joi|yup)\.\w+\([^\n]{0,80}?\.default\(${QUOTE_AT_END}`,
    String.raw`\.values\.([\w.]+)\s*\|\s*default${QUOTE_AT_END}`,
  ].join('|'),
  'i',
);

/**
 * Literals that every match of ENV_FALLBACK holds one of (ignoring case): the read words, `${`, Make's `?=`, a struct
 * tag's `env`, validators' `default`. That regex costs V8 about 2 ms to compile, most of a pre-commit's regex time,
 * and most literals have none of these before them.
 */
const ENV_FALLBACK_LITERALS = [
  'env',
  'variable.get',
  'property',
  'config',
  'secrets',
  'vars',
  '${',
  '?=',
  'default',
  'public_',
  'vite_',
  'react_app_',
  'gatsby_',
  'vue_app_',
  'ng_app_',
  'storybook_',
];

/**
 * A variable given a literal, the literal at the end: `key = '`, `key := "`, `NAME = '` in a destructuring, or as its
 * own fallback (`key = key || '`, `key ||= '`, `cfg.key ??= '`, PHP's `$key = $key ?: '`).
 */
const ASSIGNED =
  /(?:^|[^\w.$])((?:[A-Za-z_$][\w$]*\.)?[A-Za-z_$][\w$]*)\s*(?::?=(?:\s*\1\s*(?:\?\?|\|\||\bor\b|\?:|\/\/))?|(?:\?\?|\|\||\/\/)=)\s*["'`]$/;

/**
 * A default given before the variable it stands in for: `Field(default='…', env='X')`, click's `envvar='X'`,
 * Haskell's `fromMaybe "…" <$> lookupEnv "X"`.
 */
const DEFAULT_BEFORE = /(?:\bdefault\s*=|\bField\(|\bfromMaybe)\s*["'`]$/;
const ENV_AFTER =
  /^[^"'`\n]*["'`]\s*(?:,\s*(?:env|envvar|env_var|validation_alias|alias)\s*=\s*|(?:<\$>|\$|\.)?\s*\(?\s*(?:lookupEnv|getEnv)\s+)["'`]([A-Za-z_]\w*)/i;
/** Python's conditional with the literal first: `"…" if not os.getenv("X") else …`. */
const READ_AFTER = new RegExp(
  String.raw`^[^"'\`\n]{0,300}["'\`]\s+if\s+(?:not\s+)?[\w.]{0,30}?${READ}[.[(\s]\s*["'\`]?([A-Za-z_]\w*)`,
  'i',
);

/** A setting given a literal, then overridden from the environment on a following line (HOCON's `${?X}`). */
const SETTING_ASSIGNED = /(?:^|[^\w.$-])([A-Za-z_][\w.-]*)["']?\s*[:=]\s*["']$/;
const OVERRIDE_LINES = 2;

/**
 * Terraform: a literal beside a variable in a coalescing call (`coalesce(var.x, "…")`, `try(var.x.key, "…")`), used
 * whenever `TF_VAR_x` is unset.
 */
const VARIABLE_FALLBACK =
  /\b(?:coalesce|try)\(\s*var\.([A-Za-z_][\w-]*)[^\n(),]{0,60}(?:,\s*[^\n(),]{1,60}){0,3},\s*"$/;
/** Terraform: a `default` inside a `variable "x" {` block, which `TF_VAR_x` replaces. */
const VARIABLE_DEFAULT = /^\s*default\s*=\s*"$/;
const VARIABLE_BLOCK = /(?:^|\n)variable\s+"([A-Za-z_][\w-]*)"\s*\{[^}]*$/;
const VARIABLE_LINES = 8;

/** Destructuring from the environment closes after the literal: `const { X = '…', … } = process.env`. */
const DESTRUCTURED_FROM_ENV =
  /^[^;]{0,400}?\}\s*=\s*(?:process\.env|import\.meta\.env|bun\.env|deno\.env\.toobject\(\))/i;

/** An environment variable given a literal (`process.env.X = '`, `os.environ["X"] ||= '`, `$env:X = '`). */
const ENV_ASSIGNED =
  /(?:\bprocess\.env\.|\benviron\[\s*["']|\bENV\[\s*["']|\$env:|\$_(?:ENV|SERVER)\[\s*["'])([A-Za-z_]\w*)["']?\s*\]?\s*(\?\?|\|\|)?=\s*["'`]$/i;
/**
 * A write to the environment (`monkeypatch.setenv("X", '`, Go's `t.Setenv("X", "`, Rust's `env::set_var("X", "`,
 * `System.setProperty("x", "`): the literal is the value a test or script sets, which no read falls back to.
 */
const ENV_WRITE = /\b(?:set_?env|put_?env|set_?var|set_?property)\s*\(\s*["'`][\w.:-]+["'`]\s*,\s*["'`]$/i;
/** A shell variable given a literal (`X="`, `export X='`), which a `[ -z "$X" ]` test above makes a fallback. */
const SHELL_ASSIGNED = /(?:^|[\s;&|])(?:export\s+)?([A-Za-z_]\w*)=["']$/;
/** How many lines above an assignment its guard counts (`if [ -z "$X" ]; then` … `X="…"`). */
const GUARD_LINES = 3;

/** How many lines above a literal's assignment a read into the same variable counts (`if key == "" {`). */
const READ_REACH_LINES = 5;

/**
 * The environment variable a literal at `at` stands in for: a read it is the fallback of, on its line or read
 * into the same variable a few lines above (`key := os.Getenv("X")` … `key = "…"`) or below (HOCON), a default
 * in a destructuring of the environment or of a Terraform variable, or a build define that compiles it in (a
 * bundler's, Flutter's `--dart-define`).
 */
function envReadBefore(
  text: string,
  at: number,
  lineStart: number,
): { envRead?: string; fallback?: true; defined?: true } {
  const before = text.slice(Math.max(lineStart, at - 200), at);
  const lower = before.toLowerCase();
  if ((lower.includes('set') || lower.includes('put')) && ENV_WRITE.test(before)) return {};
  const m = ENV_FALLBACK_LITERALS.some((literal) => lower.includes(literal)) ? ENV_FALLBACK.exec(before) : null;
  const name = m?.slice(1).find((group) => group !== undefined);
  if (name !== undefined) return { envRead: name, fallback: true };
  const after = text.slice(at, at + 300);
  const named = DEFAULT_BEFORE.test(before) ? ENV_AFTER.exec(after)?.[1] : READ_AFTER.exec(after)?.[1];
  if (named !== undefined) return { envRead: named, fallback: true };
  const guarded = guardedAssignment(text, before, lineStart);
  if (guarded !== undefined) return { envRead: guarded, fallback: true };
  const assigned = ASSIGNED.exec(before)?.[1];
  if (assigned !== undefined) {
    if (DESTRUCTURED_FROM_ENV.test(text.slice(at, at + 400))) return { envRead: assigned, fallback: true };
    const read = readInto(text, assigned, lineStart);
    if (read !== undefined) return { envRead: read, fallback: true };
  }
  const setting = SETTING_ASSIGNED.exec(before)?.[1];
  const overridden = setting === undefined ? undefined : overrideAfter(text, setting, at);
  if (overridden !== undefined) return { envRead: overridden, fallback: true };
  const variable = VARIABLE_DEFAULT.test(before) ? terraformVariable(text, lineStart) : variableFallback(before);
  if (variable !== undefined) return { envRead: `TF_VAR_${variable}`, fallback: true };
  const runtime =
    runtimeConfigVariable(text, at, lineStart) ??
    settingsFieldVariable(text, at, lineStart) ??
    propertiesFieldVariable(text, at, lineStart);
  if (runtime !== undefined) return { envRead: runtime, fallback: true };
  const defined = definedVariable(text, before, lineStart);
  return defined === undefined ? {} : { envRead: defined, defined: true };
}

/** How far above a field its class line is looked for. */
const SETTINGS_CLASS_REACH = 4096;
/** A pydantic settings class: every field is read from the environment variable of its name, its value the default. */
const SETTINGS_CLASS = /^class[ \t]+\w+\([^)\n]*\bBaseSettings\b[^)\n]*\)[ \t]*:/;
/** A line that starts at the margin with code, which ends a Python class body. */
const MARGIN_LINE = /\n[^\s#@)]/;
/**
 * An annotated field of a class body given a literal (`MAIAGENT_API_KEY: str = "…"`, `= Field(default="…"`), also
 * through pydantic's secret types (`= SecretStr("…"`, `Field(default=SecretStr("…"`).
 */
const SETTINGS_FIELD =
  /^[ \t]+([A-Za-z_]\w*)[ \t]*:[^=\n]+=[ \t]*(?:(?:Field|Secret(?:Str|Bytes))\([ \t]*(?:default[ \t]*=[ \t]*)?){0,2}["']$/;

/**
 * pydantic-settings: a literal given to a field of a `BaseSettings` class is the default of the environment variable
 * that overrides it (the field's name, in any case). The nearest class above the field decides.
 */
function settingsFieldVariable(text: string, at: number, lineStart: number): string | undefined {
  const field = SETTINGS_FIELD.exec(text.slice(lineStart, at))?.[1];
  if (field === undefined) return undefined;
  const above = text.slice(Math.max(0, lineStart - SETTINGS_CLASS_REACH), lineStart);
  const classAt = above.lastIndexOf('\nclass ');
  const opening = classAt >= 0 ? above.slice(classAt + 1) : above.startsWith('class ') ? above : undefined;
  // The class body runs until a line at the margin (a comment or decorator aside): a function below it is not.
  const body = opening?.slice(opening.indexOf('\n'));
  return opening !== undefined && SETTINGS_CLASS.test(opening) && !MARGIN_LINE.test(body!)
    ? field.toUpperCase()
    : undefined;
}

/** Spring Boot's `@ConfigurationProperties(prefix = "novamed")` (or `("novamed")`), the prefix captured. */
const PROPERTIES_CLASS = /@ConfigurationProperties\(\s*(?:(?:prefix|value)\s*=\s*)?"([\w.-]+)"/g;
/** A field of a class given a literal (`private String apiKey = "…"`, Kotlin `var apiKey: String = "…"`). */
const PROPERTIES_FIELD =
  /^[ \t]+(?:(?:private|protected|public|final|var|val)[ \t]+)*(?:String[ \t]+)?([A-Za-z_]\w*)(?:[ \t]*:[ \t]*String\??)?[ \t]*=[ \t]*"$/;

/**
 * Spring Boot: a literal given to a field of a `@ConfigurationProperties` class is the default of the property that
 * the environment overrides by relaxed binding (`novamed.api-key` from `NOVAMED_APIKEY`, `NOVAMED_API_KEY`).
 */
function propertiesFieldVariable(text: string, at: number, lineStart: number): string | undefined {
  const field = PROPERTIES_FIELD.exec(text.slice(lineStart, at))?.[1];
  if (field === undefined) return undefined;
  const above = text.slice(Math.max(0, lineStart - SETTINGS_CLASS_REACH), lineStart);
  const prefix = [...above.matchAll(PROPERTIES_CLASS)].at(-1)?.[1];
  if (prefix === undefined) return undefined;
  const words = `${prefix}.${field.replace(/([a-z0-9])([A-Z])/g, '$1_$2')}`;
  return words.replace(/[.-]/g, '_').toUpperCase();
}

/** How far above a value Nuxt's `runtimeConfig: {` is looked for. */
const RUNTIME_CONFIG_REACH = 4096;
/** A line that opens an object under a key (`runtimeConfig: {`, `public: {`), the key captured. */
const OBJECT_HEADER = /^[ \t]*["']?([A-Za-z_$][\w$-]*)["']?[ \t]*:[ \t]*\{[ \t]*(?:\/\/.*)?\r?$/;
const KEY_BEFORE_VALUE = /^[ \t]*["']?([A-Za-z_$][\w$]*)["']?[ \t]*:[ \t]*["'`]$/;

/**
 * Nuxt's runtimeConfig: a value under it is the default of the variable that overrides it, `NUXT_<KEY>`, and under
 * its `public` object `NUXT_PUBLIC_<KEY>`, which Nuxt sends to the browser as NUXT_PUBLIC_ variables are.
 */
function runtimeConfigVariable(text: string, at: number, lineStart: number): string | undefined {
  const from = Math.max(0, lineStart - RUNTIME_CONFIG_REACH);
  if (!text.slice(from, lineStart).includes('runtimeConfig')) return undefined;
  const key = KEY_BEFORE_VALUE.exec(text.slice(lineStart, at))?.[1];
  if (key === undefined) return undefined;
  const path: string[] = [];
  let depth = lineStart;
  while (text[depth] === ' ' || text[depth] === '\t') depth++;
  let indent = depth - lineStart;
  for (let end = lineStart - 1; end > from && indent > 0; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const header = OBJECT_HEADER.exec(line);
    const own = line.length - line.trimStart().length;
    if (header === null || own >= indent) continue;
    path.unshift(header[1]!);
    indent = own;
  }
  const root = path.lastIndexOf('runtimeConfig');
  if (root === -1) return undefined;
  const words = [...path.slice(root + 1), key].map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase());
  return ['NUXT', ...words].join('_');
}

/**
 * The environment variable given a literal only when it is unset: `process.env.X ??= '`, `ENV["X"] ||= '`, or an
 * assignment to it (`os.environ["X"] = '`, `$env:X = '`, a shell `X="`) that a test of the same name guards on its line
 * or the lines above (`if (!process.env.X)`, `if "X" not in os.environ:`, `[ -z "$X" ] &&`).
 */
function guardedAssignment(text: string, before: string, lineStart: number): string | undefined {
  const target = ENV_ASSIGNED.exec(before) ?? SHELL_ASSIGNED.exec(before);
  if (!target) return undefined;
  const [, name, operator] = target;
  if (operator) return name;
  let from = lineStart;
  for (let i = 0; i < GUARD_LINES && from > 0; i++) from = text.lastIndexOf('\n', from - 2) + 1;
  const guard = new RegExp(String.raw`(?:\b(?:if|unless)\b[^\n]*|-z\s+"?\$\{?)\b${name}\b`);
  return guard.test(text.slice(from, lineStart) + before) ? name : undefined;
}

/** The variable read from the environment into `variable` in the few lines above `lineStart`, if any. */
function readInto(text: string, variable: string, lineStart: number): string | undefined {
  let from = lineStart;
  for (let i = 0; i < READ_REACH_LINES && from > 0; i++) from = text.lastIndexOf('\n', from - 2) + 1;
  const region = text.slice(from, lineStart);
  if (!region.includes(variable)) return undefined;
  const read = new RegExp(
    String.raw`(?:^|[^\w.$])${escapeRegex(variable)}(?:\s*,\s*\w+)?\s*:?=\s*[^\n]*?${READ}[.[(\s]\s*["'\`]?([A-Za-z_][\w.:-]*)`,
    'im',
  );
  const m = read.exec(region);
  return m && !blockEndsAfter(region, m.index + m[0].length) ? m[1] : undefined;
}

/**
 * Whether a line below `at`'s line is less indented than it: the read's block (a Python class body, a function)
 * ended there, so a literal further down belongs to another (`class DevelopmentConfig(Config):` over its own key).
 */
function blockEndsAfter(region: string, at: number): boolean {
  const lineStart = region.lastIndexOf('\n', at - 1) + 1;
  const indent = /^[ \t]*/.exec(region.slice(lineStart))![0].length;
  const next = region.indexOf('\n', at);
  if (next === -1) return false;
  return region
    .slice(next + 1)
    .split('\n')
    .some((line) => line.trim() !== '' && /^[ \t]*/.exec(line)![0].length < indent);
}

/** The variable that replaces `setting` when set: the same setting given `${?X}` on one of the next lines. */
function overrideAfter(text: string, setting: string, at: number): string | undefined {
  let end = at;
  for (let i = 0; i <= OVERRIDE_LINES && end !== -1; i++) end = text.indexOf('\n', end + 1);
  const after = text.slice(at, end === -1 ? Math.min(text.length, at + 600) : end);
  if (!after.includes(setting)) return undefined;
  const override = new RegExp(String.raw`\n[ \t]*${escapeRegex(setting)}[ \t]*[:=][ \t]*\$\{\??([A-Za-z_]\w*)\}`);
  return override.exec(after)?.[1];
}

/** The Terraform variable a literal is the coalescing fallback of (most literals have no `var.` before them). */
function variableFallback(before: string): string | undefined {
  return before.includes('var.') ? VARIABLE_FALLBACK.exec(before)?.[1] : undefined;
}

/** The name of the Terraform `variable` block that the line at `lineStart` is inside, a few lines down. */
function terraformVariable(text: string, lineStart: number): string | undefined {
  let from = lineStart;
  for (let i = 0; i < VARIABLE_LINES && from > 0; i++) from = text.lastIndexOf('\n', from - 2) + 1;
  return VARIABLE_BLOCK.exec(text.slice(from, lineStart))?.[1];
}

const NON_ASCII = /[^\x00-\x7f]/;

/** UTF-16 length of the UTF-8 bytes `from`..`to`. */
function utf16Units(bytes: Buffer, from: number, to: number): number {
  const slice = bytes.subarray(from, to);
  return isAscii(slice) ? slice.length : slice.toString('utf8').length;
}

function latin1ToUtf8(latin1: string): string {
  return NON_ASCII.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1;
}

/** A keyword JSON writes escaped: it may be in a JSON string without being in the JSON's bytes. */
function escapedInJson(keyword: string): boolean {
  return keyword.includes('"') || keyword.includes('\\');
}

/**
 * Whether `bytes` can hold a match: false only for ASCII text without a keyword of the pass, where a match starts.
 * Other bytes (UTF-16 has NULs, other text needs decoding) are left to the scan. The views that need no keyword
 * are chosen by file names (tables, manifests, markup), which the callers' items do not have.
 */
export function holdsKeyword(detector: Detector, bytes: Buffer): boolean {
  if (!isAscii(bytes) || bytes.includes(0)) return true;
  const hits: number[] = [];
  detector.matcher.find(bytes, 0, bytes.length, hits);
  return hits.length > 0;
}

/**
 * Whether text decoded from the JSON strings of `json` (a source map's sourcesContent) could hold a match. A JSON
 * string holds each printable character as itself except `"` and `\`, which are escaped; writers may also escape
 * `/` (`\/`) or any character (`\u0041`). Without those two, a keyword in a decoded string is in `json` too, so
 * one keyword pass over `json` tells which patterns could fire in any of its strings.
 */
export function mayMatchInJson(detector: Detector, json: Buffer, scanned?: Uint8Array): boolean {
  if (hasOptionalEscapes(json)) return true;
  const { matcher, units, unitsOf, gates, ruleSet } = detector;
  const { keywords } = matcher;
  // The keywords the item's own scan saw, when it scanned `json` whole with this matcher: the same pass again.
  let seen = scanned;
  if (seen?.length !== keywords.length) {
    seen = new Uint8Array(keywords.length);
    const found: number[] = [];
    matcher.find(json, 0, json.length, found);
    for (let i = 0; i < found.length; i += 2) seen[found[i]!] = 1;
  }
  // A keyword holding a quote or a backslash is escaped in `json`: it may be in a string without being seen.
  const holds = (keyword: number) => seen[keyword] === 1 || escapedInJson(keywords[keyword]!);
  const triggered = new Uint8Array(units.length);
  unitsOf.forEach((list, keyword) => {
    if (holds(keyword)) for (const unit of list) triggered[unit] = 1;
  });
  // Each string is at most as long as `json`: in a map of one block, each is scanned whole, and a pattern that
  // needs its vendor's context runs only in a string holding one of the vendor's context keywords.
  const index = new Map(keywords.map((k, i) => [k, i]));
  const context = (vendor: Vendor) => (ruleSet.hints[vendor]?.context ?? []).some((k) => holds(index.get(k)!));
  const whole = json.length <= BLOCK_SIZE;
  return units.some(
    (unit, i) =>
      triggered[i] === 1 &&
      (!whole || contextMet(unit, context)) &&
      (!gates || gates[i]!.every((set) => set.some(holds))),
  );
}

/**
 * Whether an item whose vendor context is `seen` can hold a match of the unit that counts: a pattern that needs its
 * vendor's context needs its words in the item, and an attributed one a vendor named before it (its rule's, or any).
 */
function contextMet(unit: Unit, seen: (vendor: Vendor) => boolean): boolean {
  const { rule, pattern } = unit;
  if (pattern.needsContext) return rule.vendor !== null && seen(rule.vendor);
  if (!pattern.attributed) return true;
  return rule.vendor !== null ? seen(rule.vendor) : VENDORS.some(seen);
}

/** Whether `json` escapes `/` or a printable ASCII character that JSON does not require escaping. */
function hasOptionalEscapes(json: Buffer): boolean {
  // An escape starts at a backslash preceded by an even number of backslashes (`\\u` is a backslash and a `u`).
  const escapes = (at: number) => {
    let run = 0;
    while (at - run - 1 >= 0 && json[at - run - 1] === 0x5c) run++;
    return run % 2 === 0;
  };
  for (let at = json.indexOf('\\/'); at !== -1; at = json.indexOf('\\/', at + 1)) if (escapes(at)) return true;
  for (let at = json.indexOf('\\u'); at !== -1; at = json.indexOf('\\u', at + 1)) {
    const code = Number.parseInt(json.toString('latin1', at + 2, at + 6), 16);
    if (escapes(at) && code >= 0x20 && code <= 0x7e) return true;
  }
  return false;
}

/** Whether `word` stands in `folder` as a word of its own (`novamed-sync`, not `innovamed`). */
function namesWord(folder: string, word: string): boolean {
  for (let at = folder.indexOf(word); at !== -1; at = folder.indexOf(word, at + 1)) {
    const before = folder.charCodeAt(at - 1);
    const after = folder.charCodeAt(at + word.length);
    if (!isAlphanumeric(before) && !isAlphanumeric(after)) return true;
  }
  return false;
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
}

/**
 * Whether a name's line and a value on a later line are in different YAML blocks: a line between them, or the
 * value's, opens a mapping key (`schemas:`, `id:`) left of where the name's line starts its key. An OpenAPI
 * document's `name: x-api-key` is followed by `components:`, `schemas:`, a property's `example:`; that example is
 * no value of the header. Keywords that open a block in code (`else:`, `except:`, `default:`) are no YAML keys.
 */
export function leavesBlock(text: string, nameLine: number, nameAt: number, valueAt: number): boolean {
  let lineEnd = text.indexOf('\n', nameAt);
  if (lineEnd === -1 || lineEnd >= valueAt) return false;
  const column = /^[ \t]*(?:-[ \t]+)*/.exec(text.slice(nameLine, Math.min(nameAt, nameLine + 200)))![0].length;
  if (column === 0) return false;
  while (lineEnd !== -1 && lineEnd < valueAt) {
    const start = lineEnd + 1;
    lineEnd = text.indexOf('\n', start);
    const line = text.slice(start, lineEnd === -1 ? text.length : Math.min(lineEnd, start + 200));
    const opener = BLOCK_OPENER.exec(line);
    if (opener && opener[1]!.length < column && !CODE_BLOCK_WORD.test(opener[2]!)) return true;
  }
  return false;
}

/** A YAML line that opens a mapping key: its indentation and its key. */
const BLOCK_OPENER = /^([ \t]*)(?:-[ \t]+)?([\w./"'-]+)[ \t]*:(?:[ \t]|\r?$)/;
const CODE_BLOCK_WORD = /^(?:else|elif|try|except|finally|default|do|case|begin|rescue|ensure|then|when|otherwise)$/i;

/** The start of the line holding `at`. */
function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}
