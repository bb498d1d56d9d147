// Rules are data: this module loads rule files (built-in `rules/*.json` and user configs),
// checks every field with a message that names the file, rule and field, and compiles them.
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { boundConfigPattern, rememberWritten } from './backtracking.js';
import { BUILT_IN_RULES } from './built-in-rules.js';
import { PACKAGE_ROOT } from './package-root.js';
import { ConfigError } from './errors.js';
import { globLiterals } from './glob-literals.js';
import { CONFIG_MAX_BYTES, readJsonFile } from './json-file.js';
import { SEVERITIES, type Environment, type Kind, type Severity, type Vendor } from './types.js';

/** The farthest a match may start before its keyword: the engine's window reaches this far back. */
export const MAX_BEFORE = 256;

/** One example: a text (and for policies a path), with `{{alnum:N}}`-style fakes expanded at test time. */
export interface ExampleSpec {
  text: string;
  path?: string;
  /** The secret the rule must capture (also templated); defaults to "any". */
  secret?: string;
}

/** One pattern of a rule, as written in a rule file. */
export interface PatternSpec {
  regex: string;
  /** Extra RegExp flags (`i`, `m`, `s`); `g` and `d` are always added. */
  flags?: string;
  /** The match is a key only when the item also shows the vendor's context (SPEC §2); same as `evidence: "context"`. */
  needsContext?: boolean;
  /** What ties a match to the rule's vendor (see `Evidence`); default `name`, or `context` with `needsContext`. */
  evidence?: Evidence;
  /** Those of the rule's keywords that this pattern's matches contain (default: all): a narrower prefilter. */
  keywords?: string[];
  /** At most this many characters before one of its keywords a match starts (0-256, default 256). */
  before?: number;
  /**
   * Further values of the same binding (`api_keys:` then `- …` items, `["…", "…"]`, `K=a,b`): a regex tried right
   * after the secret, again after each of its matches; its `secret` group is one more key bound to the same name.
   */
  more?: string;
  /**
   * For a pattern that captures a `ref` group (a header bound to a variable, `'x-api-key': API_KEY`) instead of a
   * secret: where that variable is bound to a literal in the same item. `\k<ref>` stands for the variable's name;
   * the `secret` group is the key, reported with this pattern's evidence.
   */
  binds?: string;
  /**
   * Usage lints: the match counts only where the service named nearest before it (within about 30 lines, the match
   * itself included) is the rule's vendor, or any of keylint's vendors for a rule without one. Lets generic forms
   * (`?api_key=`, a logged header, a key variable printed) be linted without firing on other services' code.
   */
  attributed?: boolean;
  /**
   * A value found lines below its name must be in the name's block: no YAML mapping key left of the name's own key
   * lies between them (an OpenAPI `name: x-api-key`, then `schemas:`, then a property's `example:`).
   */
  sameBlock?: boolean;
  /** Usage lints: every one of these must match within its number of lines of the match. */
  requires?: NearbySpec[];
  /** Usage lints: none of these may match within its number of lines of the match. */
  excludes?: NearbySpec[];
}

/** A regex looked for in the lines around a match (headers objects and requests span lines). */
export interface NearbySpec {
  regex: string;
  flags?: string;
  /** Lines before and after the match's own lines that count as nearby, or `file`: anywhere in the item. */
  withinLines: number | 'file';
}

/** When a policy (or a usage lint of a key's binding) applies to a secret finding; all given conditions must hold. */
export interface PolicyCondition {
  /** Only secrets of these environments. */
  environments?: Environment[];
  /** Globs matched against the finding's path (inside an archive, its inner path). */
  paths?: string[];
  /** Globs that undo `paths`: a path matching one of these does not meet the condition. */
  exceptPaths?: string[];
  /** Regexes matched against the variable name the secret is bound to. */
  bindings?: string[];
  /** Only secrets that are the literal fallback of a variable read (`process.env.X ?? '…'`, `${X:-…}`). */
  fallback?: boolean;
  /** Only secrets a build compiles in by a define (a bundler's `define: { 'process.env.X': … }`, `--dart-define=X=…`). */
  defined?: boolean;
  /** Only files whose directive prologue holds one of these (`"use client"`: React frameworks ship such a module). */
  directives?: string[];
  /** Only files on disk in a browser extension's package (below a manifest.json with `manifest_version`). */
  extensionPackage?: boolean;
  /**
   * Only secrets bound to a variable named with a public prefix that the project's bundler config declares
   * (`envPrefix: 'APP_'` in vite.config, SvelteKit's `publicPrefix`), for files on disk.
   */
  declaredPublicPrefix?: boolean;
  /** Only files on disk that a project's launchers compile into its app (`--dart-define-from-file=env/dev.json`). */
  defineFile?: boolean;
  /**
   * Regexes matched against the names of the config sections holding the secret, innermost first, each written in
   * lower-case words (`[env.staging]` → `env staging`, `DevelopmentConfig` → `development config`): the nearest
   * section that these or `exceptSections` name decides, and the condition holds when these name it.
   */
  sections?: string[];
  /** Regexes of section names that undo `sections` when nearer to the secret (`production:` inside `dev:`). */
  exceptSections?: string[];
}

/** A rule as written in a rule file. */
export interface RuleSpec {
  id: string;
  kind?: Kind;
  vendor?: Vendor | null;
  description: string;
  severity: Severity;
  /** Fixed environment of every match (Max AI prefixes); otherwise read from the vendor's environment hints. */
  environment?: Environment;
  /** Literal prefix kept visible when redacting (`max_prd_ak_`). */
  prefix?: string;
  /** Lower-case substrings, one of which every match contains: the prefilter. */
  keywords?: string[];
  patterns?: PatternSpec[];
  /** Regexes: a captured secret matching any of these is a placeholder, not a key. */
  allow?: string[];
  /** Higher wins when two secret rules match overlapping text. */
  precedence?: number;
  /** Opaque keys must hold a letter and a digit, which tells them from identifiers. */
  requireLetterAndDigit?: boolean;
  /**
   * Policy rules, and usage lints about how a key is bound: any condition that holds raises this rule for a
   * secret finding. A usage rule gives either patterns or conditions.
   */
  when?: PolicyCondition[];
  message: string;
  fix: string;
  examples: { match: Array<ExampleSpec | string>; noMatch: Array<ExampleSpec | string> };
}

/** Hints read from the whole item: which vendor it talks to and which environment it names. */
export interface VendorHints {
  /** Lower-case substrings that tie an item to this vendor. */
  context?: string[];
  /**
   * Lower-case words of other things that overlap a context word (`supernova` in `supernovamed`, `minimax` in
   * `MiniMaxAI`, `novamedia`): where one of them holds a context word's mention, that mention is another word's.
   */
  otherWords?: string[];
  /** Lower-case substrings naming a host of an environment, e.g. NovaMed's production host. */
  environments?: Partial<Record<Environment, string[]>>;
  /**
   * The vendor also runs private deployments on hosts of their own (MaiAgent, SPEC §1): its header bindings in a
   * request to a host that names no known service are kept, with the vendor unconfirmed.
   */
  selfHosted?: boolean;
  /**
   * A regex the vendor's keys alone match (MaiAgent's `8.32`): a key of that shape bound to a generic name is the
   * vendor's in an item that names it anywhere, however near another vendor is mentioned.
   */
  shape?: string;
}

/** A rule file: one vendor's rules, or policies. */
export interface RuleFile {
  vendor?: Vendor;
  hints?: VendorHints;
  /** Placeholder regexes that apply to every rule of this file (and of all files for `rules/placeholders.json`). */
  allow?: string[];
  /** Named regex pieces that any rule file's patterns use as `{{name}}`: the shared binding grammar. */
  fragments?: Record<string, string>;
  /**
   * Words and host patterns of other services (`stripe`, `amazonaws.com`): a block or request that names one
   * is not any vendor's, so a header binding there is not attributed to a vendor.
   */
  foreign?: string[];
  rules: RuleSpec[];
}

/**
 * What ties a pattern's match to its vendor. `key`: the key's own shape (a vendor prefix); `name`: the name it is
 * bound to names the vendor; `header`: the vendor's header or scheme, which other APIs share, so the match is
 * confirmed only by vendor context around it and dropped when it sits in a request to another named API;
 * `context`: a generic binding, kept only in a block or item that shows the vendor; `scope`: a bare name (`key:`),
 * kept only inside a block or section that names the vendor.
 */
export type Evidence = 'key' | 'name' | 'header' | 'context' | 'scope';
const EVIDENCE: readonly Evidence[] = ['key', 'name', 'header', 'context', 'scope'];

/** A compiled pattern. */
export interface Pattern {
  readonly regex: RegExp;
  /** The regex's flags and source as written: what identifies it across threads and builds without compiling it. */
  written: string;
  /** The match needs vendor context to count at all (`context` and `scope` evidence). */
  needsContext: boolean;
  /** The match counts only where the service named nearest before it is the rule's vendor (see PatternSpec). */
  attributed: boolean;
  /** See PatternSpec. */
  sameBlock: boolean;
  evidence: Evidence;
  /** The keywords that trigger this pattern: its own, or the rule's. */
  keywords: string[];
  /** How far before a keyword hit a match may start: the engine tries no earlier start. */
  before: number;
  /** Sticky: the next value of a list binding, read right after a match's secret. */
  more?: RegExp;
  /** The source and flags of `binds`, with `\k<ref>` to be replaced by the captured name. */
  binds?: { source: string; flags: string };
  requires: Nearby[];
  excludes: Nearby[];
  /** The prefilter's literal sets, when the build worked them out (keylint's own rules; engine.ts carryLiterals). */
  literals?: UnitLiterals;
}

/**
 * A pattern's literal sets (engine.ts): rare ones its block must hold, found in the keyword pass (`gates`); those
 * every match holds (`window`); those its nearby conditions need in its block (`block`).
 */
export interface UnitLiterals {
  gates: string[][];
  window: string[][];
  block: string[][];
}

/** A compiled nearby condition. */
export interface Nearby {
  regex: RegExp;
  /** The regex as written, `flags/source`: what identifies the condition without compiling it. */
  written: string;
  withinLines: number | 'file';
}

/** A compiled policy condition. */
export interface Condition {
  environments?: Environment[];
  paths?: (file: string) => boolean;
  exceptPaths?: (file: string) => boolean;
  bindings?: RegExp[];
  fallback?: boolean;
  defined?: boolean;
  directives?: string[];
  extensionPackage?: boolean;
  declaredPublicPrefix?: boolean;
  defineFile?: boolean;
  sections?: RegExp[];
  exceptSections?: RegExp[];
}

/** A compiled rule, ready for the engine. */
export interface Rule {
  id: string;
  kind: Kind;
  vendor: Vendor | null;
  description: string;
  severity: Severity;
  environment?: Environment;
  prefix?: string;
  keywords: string[];
  patterns: Pattern[];
  allow: RegExp[];
  precedence: number;
  requireLetterAndDigit: boolean;
  when: Condition[];
  message: string;
  fix: string;
  /**
   * What the rule must and must not match, from its file. Absent from the build's table (builtInRuleTable): no scan
   * reads them, and they were a sixth of the JSON every pre-commit run parsed; the rules' tests read the files.
   */
  examples?: { match: ExampleSpec[]; noMatch: ExampleSpec[] };
  /** The file the rule came from, for error messages. */
  source: string;
  /** From a config or rule file, not keylint's own: its searches run under a time budget (detect/budget.ts). */
  custom?: boolean;
}

/** Everything the engine needs: rules plus per-vendor hints and the shared placeholder list. */
export interface RuleSet {
  rules: Rule[];
  hints: Partial<Record<Vendor, VendorHints>>;
  placeholders: RegExp[];
  /** Other services' names and hosts (lower-case regex sources joined): a block naming one belongs to no vendor. */
  foreign?: RegExp;
  /** How to build this set again (in a worker thread): the extra rule files and the disabled ids. */
  recipe?: RuleRecipe;
}

/** A regex as data: compiled by the rule set that uses it. */
export interface RegexData {
  source: string;
  flags: string;
}

/** A pattern checked and with its fragments expanded, as plain data (see RuleTable). */
export interface PatternData extends Omit<Pattern, 'regex' | 'written' | 'more' | 'requires' | 'excludes'> {
  regex: RegexData;
  /** A config's pattern as written, fragments expanded: its repetitions are bounded in `regex` (boundConfigPattern). */
  expanded?: string;
  more?: RegexData;
  requires: NearbyData[];
  excludes: NearbyData[];
}

/** A nearby condition as plain data. */
export interface NearbyData extends RegexData {
  withinLines: number | 'file';
}

/** A rule checked and with its fragments expanded, as plain data (see RuleTable). */
export interface RuleData extends Omit<Rule, 'patterns' | 'allow' | 'when' | 'source' | 'custom'> {
  patterns: PatternData[];
  /** The rule's own placeholder regexes (ignoring case); its file's follow them. */
  allow: string[];
  when: PolicyCondition[];
}

/**
 * Rule files checked, their `{{fragments}}` expanded and their hints merged: plain data, from which `ruleSetOf`
 * builds a rule set. The build works out keylint's own (src/built-in-rules.ts), so that a run neither reads,
 * checks nor expands them.
 */
export interface RuleTable {
  files: Array<{ file: string; vendor?: Vendor; allow: string[]; rules: RuleData[] }>;
  hints: Partial<Record<Vendor, VendorHints>>;
  /** Other services' names and hosts as one regex source (ignoring case). */
  foreign?: string;
}

/** Plain data from which `ruleSetFromRecipe` rebuilds a rule set. */
export interface RuleRecipe {
  extra: Array<{ file: string; data: unknown }>;
  disabled: string[];
}

const KINDS: readonly Kind[] = ['secret', 'policy', 'usage'];
/** keylint's vendors, in a fixed order. */
export const VENDORS: readonly Vendor[] = ['maxai', 'novamed', 'maiagent'];
const ENVIRONMENTS: readonly Environment[] = ['production', 'staging', 'development', 'unknown'];
/** Nearby conditions look at most this many lines away: they are for one request, not a whole file. */
const MAX_NEARBY_LINES = 50;
const ID_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The folder of built-in rules shipped with the package. */
export const BUILTIN_RULES_DIR = path.join(PACKAGE_ROOT, 'rules');

/** Whether a rule file is one of keylint's own (reviewed with the code) rather than a config's. */
function isBuiltIn(file: string): boolean {
  return path.dirname(file) === BUILTIN_RULES_DIR;
}

/**
 * Loads and compiles the built-in rules, then any extra rule files or config-provided specs. Without extra files,
 * the built-in rules come from the build's table when there is one (a bundle); extra files, whose patterns may use
 * the built-in fragments and must not reuse their ids, are checked with the built-in files read from rules/.
 */
export function loadRuleSet(extra: Array<{ file: string; data: unknown }> = []): RuleSet {
  const table =
    extra.length === 0 && BUILT_IN_RULES
      ? {
          ...BUILT_IN_RULES,
          files: BUILT_IN_RULES.files.map((f) => ({ ...f, file: path.join(BUILTIN_RULES_DIR, f.file) })),
        }
      : carryBuiltLiterals(expandRuleFiles([...builtInRuleFiles(), ...extra]), BUILT_IN_RULES);
  return { ...ruleSetOf(table), recipe: { extra, disabled: [] } };
}

/**
 * The built-in rules read again from rules/ (beside extra files) keep the literal sets the build worked out for
 * them, for each pattern whose regex and nearby conditions are still those the build analysed.
 */
export function carryBuiltLiterals(table: RuleTable, built: RuleTable | undefined): RuleTable {
  if (!built) return table;
  const builtPatterns = new Map(built.files.flatMap((f) => f.rules.map((r) => [`${f.file}\0${r.id}`, r.patterns])));
  const files = table.files.map((f) => {
    if (!isBuiltIn(f.file)) return f;
    const rules = f.rules.map((rule) => {
      const was = builtPatterns.get(`${path.basename(f.file)}\0${rule.id}`);
      const patterns = rule.patterns.map((pattern, i) => {
        const literals = was?.[i]?.literals;
        return literals && sameRegexes(pattern, was[i]!) ? { ...pattern, literals } : pattern;
      });
      return { ...rule, patterns };
    });
    return { ...f, rules };
  });
  return { ...table, files };
}

/** Whether two patterns search with the same regexes: what their literal sets are worked out from. */
function sameRegexes(a: PatternData, b: PatternData): boolean {
  const same = (x: RegexData, y: RegexData) => x.source === y.source && x.flags === y.flags;
  return (
    same(a.regex, b.regex) &&
    a.requires.length === b.requires.length &&
    a.requires.every((near, i) => same(near, b.requires[i]!))
  );
}

/** The built-in rule files as they are in rules/ now. */
function builtInRuleFiles(): Array<{ file: string; data: unknown }> {
  return fs
    .readdirSync(BUILTIN_RULES_DIR)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort()
    .map((name) => {
      const file = path.join(BUILTIN_RULES_DIR, name);
      return { file, data: readJson(file, CONFIG_MAX_BYTES) };
    });
}

/**
 * The table of the built-in rules in rules/ now, each file named by its name alone and without the rules' examples:
 * what the build embeds.
 */
export function builtInRuleTable(): RuleTable {
  const table = expandRuleFiles(builtInRuleFiles());
  const withoutExamples = (rule: RuleData): RuleData => {
    const { examples, ...scanned } = rule;
    return scanned;
  };
  return {
    ...table,
    files: table.files.map((f) => ({ ...f, file: path.basename(f.file), rules: f.rules.map(withoutExamples) })),
  };
}

/** The built-in rules plus the recipe's extra rules, minus its disabled ones. */
export function ruleSetFromRecipe(recipe: RuleRecipe): RuleSet {
  const ruleSet = loadRuleSet(recipe.extra);
  return { ...ruleSet, rules: ruleSet.rules.filter((r) => !recipe.disabled.includes(r.id)), recipe };
}

/**
 * Reads a JSON file (regular files only, never quoting the text in an error) of at most `maxBytes`: rule and
 * config files stay at CONFIG_MAX_BYTES; the default leaves room for a large saved report.
 */
export function readJson(file: string, maxBytes = 512 * 1024 * 1024): unknown {
  return readJsonFile(file, maxBytes);
}

const FOREIGN_FRAGMENT = 'foreign';

/** Validates and compiles rule files; throws ConfigError naming the file, rule and field. */
export function compileRuleFiles(files: Array<{ file: string; data: unknown }>): RuleSet {
  return ruleSetOf(expandRuleFiles(files));
}

/** Builds the rule set that `table` describes: its regexes (the built-in patterns' on first use) and policy globs. */
export function ruleSetOf(table: RuleTable): RuleSet {
  const set: RuleSet = { rules: [], hints: table.hints, placeholders: [] };
  if (table.foreign !== undefined) set.foreign = new RegExp(table.foreign, 'i');
  for (const { file, vendor, allow, rules } of table.files) {
    const builtIn = isBuiltIn(file);
    let fileAllow: RegExp[] | undefined;
    const allowOfFile = () => (fileAllow ??= allow.map((source) => new RegExp(source, 'i')));
    // A config's file-wide list is built at once: nothing checked it before, and a bad regex must fail the load.
    if (!builtIn) allowOfFile();
    if (!vendor && rules.length === 0) set.placeholders.push(...allowOfFile());
    for (const { patterns, allow: own, when, ...rule } of rules) {
      const compiled = {
        ...rule,
        patterns: patterns.map((pattern) => patternOf(pattern, builtIn)),
        when: when.map(conditionOf),
        source: file,
        ...(builtIn ? {} : { custom: true }),
      };
      set.rules.push(withAllow(compiled, () => [...own.map((source) => new RegExp(source, 'i')), ...allowOfFile()]));
    }
  }
  return set;
}

/**
 * The rule with its placeholder regexes built on first use: only a candidate key asks for them, and a clean commit
 * constructed some hundred of them for nothing (V8 parses a regex when it is constructed). A rule's own were checked
 * with its file (checkRuleFile) and a config's file-wide ones are built at once, so building late throws nothing.
 */
function withAllow(rule: Omit<Rule, 'allow'>, build: () => RegExp[]): Rule {
  let allow: RegExp[] | undefined;
  return Object.defineProperty(rule, 'allow', {
    get: () => (allow ??= build()),
    enumerable: true,
  }) as Rule;
}

/** A pattern's regexes: a built-in pattern's own compiled on first use (BuiltInPattern), a config's at once. */
function patternOf(data: PatternData, builtIn: boolean): Pattern {
  const { regex, expanded, more, requires, excludes, ...rest } = data;
  const fields = {
    ...rest,
    written: `${regex.flags}/${regex.source}`,
    requires: requires.map((near) => nearbyOf(near, builtIn)),
    excludes: excludes.map((near) => nearbyOf(near, builtIn)),
  };
  if (builtIn) return new BuiltInPattern(fields, regex, more);
  return {
    regex: rememberWritten(new RegExp(regex.source, regex.flags), expanded ?? regex.source),
    ...(more ? { more: new RegExp(more.source, more.flags) } : {}),
    ...fields,
  };
}

/** A nearby condition: a built-in one's regex compiled on first use (see BuiltInPattern), a config's at once. */
function nearbyOf({ source, flags, withinLines }: NearbyData, builtIn: boolean): Nearby {
  const written = `${flags}/${source}`;
  if (!builtIn) return { regex: new RegExp(source, flags), written, withinLines };
  let regex: RegExp | undefined;
  return {
    get regex() {
      regex ??= new RegExp(source, flags);
      return regex;
    },
    written,
    withinLines,
  };
}

/** Checks rule files and expands their fragments; throws ConfigError naming the file, rule and field. */
export function expandRuleFiles(files: Array<{ file: string; data: unknown }>): RuleTable {
  const table: RuleTable = { files: [], hints: {} };
  const seen = new Map<string, string>();
  const specs = files.map(({ file, data }) => ({ file, spec: checkRuleFile(file, data) }));
  // Fragments are shared by every file, so a user's rule file can bind a new name with the built-in grammar.
  const fragments = new Map<string, string>();
  const foreign: string[] = [];
  for (const { file, spec } of specs) {
    for (const [name, source] of Object.entries(spec.fragments ?? {})) {
      if (fragments.has(name) || name === FOREIGN_FRAGMENT)
        throw new ConfigError(file, `fragment "${name}" is already defined`);
      fragments.set(name, source);
    }
    foreign.push(...(spec.foreign ?? []));
  }
  if (foreign.length > 0) {
    const source = foreign.map((f) => `(?:${f})`).join('|');
    compileRegex('rules', 'foreign', source, 'i');
    table.foreign = source;
    // Patterns may name other services as `{{foreign}}` (a lint that must not fire on another API's request).
    fragments.set(FOREIGN_FRAGMENT, `(?:${source})`);
  }
  for (const { file, spec } of specs) {
    const allow = spec.allow ?? [];
    checkRegexes(file, 'allow', allow, 'i');
    if (spec.vendor && spec.hints) table.hints[spec.vendor] = mergeHints(table.hints[spec.vendor], spec.hints);
    const rules = spec.rules.map((ruleSpec) => {
      const rule = expandRule(file, ruleSpec, spec.vendor ?? null, fragments);
      const previous = seen.get(rule.id);
      if (previous) throw new ConfigError(file, `rule "${rule.id}": id already defined in ${previous}`);
      seen.set(rule.id, file);
      return rule;
    });
    table.files.push({ file, ...(spec.vendor ? { vendor: spec.vendor } : {}), allow, rules });
  }
  return table;
}

function mergeHints(a: VendorHints | undefined, b: VendorHints): VendorHints {
  if (!a) return b;
  const environments = { ...a.environments };
  for (const [env, hosts] of Object.entries(b.environments ?? {})) {
    const key = env as Environment;
    environments[key] = [...(environments[key] ?? []), ...(hosts ?? [])];
  }
  const selfHosted = a.selfHosted === true || b.selfHosted === true;
  const shape = b.shape ?? a.shape;
  return {
    context: [...(a.context ?? []), ...(b.context ?? [])],
    otherWords: [...(a.otherWords ?? []), ...(b.otherWords ?? [])],
    environments,
    ...(selfHosted ? { selfHosted } : {}),
    ...(shape !== undefined ? { shape } : {}),
  };
}

function checkRuleFile(file: string, data: unknown): RuleFile {
  if (!isObject(data)) throw new ConfigError(file, 'expected a JSON object with a "rules" array');
  const rules = data.rules ?? [];
  if (!Array.isArray(rules)) throw new ConfigError(file, '"rules" must be an array');
  if (data.vendor !== undefined && !VENDORS.includes(data.vendor as Vendor)) {
    throw new ConfigError(file, `"vendor" must be one of ${VENDORS.join(', ')}`);
  }
  if (data.allow !== undefined) checkStrings(file, 'allow', data.allow);
  if (data.foreign !== undefined) checkStrings(file, 'foreign', data.foreign);
  if (data.fragments !== undefined) {
    const fragments = data.fragments;
    if (!isObject(fragments) || Object.values(fragments).some((v) => typeof v !== 'string' || v === '')) {
      throw new ConfigError(file, '"fragments" must be an object of non-empty regex strings');
    }
  }
  if (data.hints !== undefined) {
    if (!isObject(data.hints)) throw new ConfigError(file, '"hints" must be an object');
    if (data.hints.context !== undefined) checkStrings(file, 'hints.context', data.hints.context, true);
    if (data.hints.otherWords !== undefined) checkStrings(file, 'hints.otherWords', data.hints.otherWords, true);
    if (data.hints.shape !== undefined) compileRegex(file, 'hints.shape', String(data.hints.shape), '');
    if (data.hints.selfHosted !== undefined && typeof data.hints.selfHosted !== 'boolean') {
      throw new ConfigError(file, '"hints.selfHosted" must be true or false');
    }
    const envs = data.hints.environments;
    if (envs !== undefined) {
      if (!isObject(envs)) throw new ConfigError(file, '"hints.environments" must be an object');
      for (const [env, hosts] of Object.entries(envs)) {
        if (!ENVIRONMENTS.includes(env as Environment)) {
          throw new ConfigError(
            file,
            `"hints.environments.${env}": unknown environment (use ${ENVIRONMENTS.join(', ')})`,
          );
        }
        checkStrings(file, `hints.environments.${env}`, hosts, true);
      }
    }
  }
  return { ...data, rules } as unknown as RuleFile;
}

function expandRule(file: string, spec: unknown, fileVendor: Vendor | null, fragments: Map<string, string>): RuleData {
  if (!isObject(spec)) throw new ConfigError(file, 'each entry of "rules" must be an object');
  const id = spec.id;
  if (typeof id !== 'string' || !ID_FORMAT.test(id)) {
    throw new ConfigError(file, `rule ${JSON.stringify(id)}: "id" must be kebab-case, e.g. "maxai-prod-key"`);
  }
  const fail = (field: string, detail: string): never => {
    throw new ConfigError(file, `rule "${id}": "${field}" ${detail}`);
  };
  const kind = (spec.kind ?? 'secret') as Kind;
  if (!KINDS.includes(kind)) fail('kind', `must be one of ${KINDS.join(', ')}`);
  const vendor = (spec.vendor === undefined ? fileVendor : spec.vendor) as Vendor | null;
  if (vendor !== null && !VENDORS.includes(vendor)) fail('vendor', `must be one of ${VENDORS.join(', ')} or null`);
  for (const field of ['description', 'message', 'fix'] as const) {
    if (typeof spec[field] !== 'string' || spec[field] === '') fail(field, 'must be a non-empty string');
  }
  if (!SEVERITIES.includes(spec.severity as Severity)) fail('severity', `must be one of ${SEVERITIES.join(', ')}`);
  if (spec.environment !== undefined && !ENVIRONMENTS.includes(spec.environment as Environment)) {
    fail('environment', `must be one of ${ENVIRONMENTS.join(', ')}`);
  }
  if (spec.prefix !== undefined && typeof spec.prefix !== 'string') fail('prefix', 'must be a string');
  if (spec.precedence !== undefined && typeof spec.precedence !== 'number') fail('precedence', 'must be a number');

  const keywords = spec.keywords ?? [];
  const patternSpecs = spec.patterns ?? [];
  const when = spec.when ?? [];
  if (kind === 'policy' || (kind === 'usage' && spec.patterns === undefined)) {
    if (!Array.isArray(when) || when.length === 0) {
      fail('when', `must be a non-empty array of conditions for a ${kind} rule without patterns`);
    }
  } else {
    if (spec.when !== undefined) fail('when', 'applies only to policy rules and to usage rules without patterns');
    checkStrings(file, `rule "${id}": keywords`, keywords, true);
    if ((keywords as string[]).length === 0) fail('keywords', 'must list at least one lower-case keyword');
    if (!Array.isArray(patternSpecs) || patternSpecs.length === 0) fail('patterns', 'must be a non-empty array');
  }

  const patterns = (patternSpecs as unknown[]).map((p, i): PatternData => {
    if (!isObject(p) || typeof p.regex !== 'string') return fail(`patterns[${i}].regex`, 'must be a string');
    const flags = p.flags ?? '';
    if (typeof flags !== 'string' || /[^ims]/.test(flags)) fail(`patterns[${i}].flags`, 'may only hold i, m, s');
    const field = `rule "${id}": patterns[${i}].regex`;
    const expanded = expandFragments(file, field, p.regex as string, fragments);
    const builtIn = isBuiltIn(file);
    // A config's pattern runs over untrusted text once per keyword hit: its repetitions are bounded (see boundConfigPattern).
    const source = builtIn ? expanded : boundConfigPattern(expanded, flags as string);
    const regexFlags = `${flags as string}gd`;
    if (!builtIn) compileRegex(file, field, source, regexFlags);
    let more: RegexData | undefined;
    if (p.more !== undefined) {
      const moreField = `rule "${id}": patterns[${i}].more`;
      if (typeof p.more !== 'string' || !/\(\?<secret>/.test(p.more))
        fail(`patterns[${i}].more`, 'must be a regex string with a (?<secret>…) group');
      more = { source: expandFragments(file, moreField, p.more as string, fragments), flags: `${flags}yd` };
      compileRegex(file, moreField, more.source, more.flags);
    }
    let binds: Pattern['binds'];
    if (p.binds !== undefined) {
      const bindsField = `rule "${id}": patterns[${i}].binds`;
      if (typeof p.binds !== 'string') fail(`patterns[${i}].binds`, 'must be a regex string');
      const source = expandFragments(file, bindsField, p.binds as string, fragments);
      if (!source.includes('\\k<ref>') || !source.includes('(?<secret>'))
        fail(`patterns[${i}].binds`, 'must hold \\k<ref> and a (?<secret>…) group');
      if (!expanded.includes('(?<ref>')) fail(`patterns[${i}].regex`, 'must capture (?<ref>…) for "binds"');
      // Checked with a name in place of the reference: the regex the engine builds per name must compile.
      if (!builtIn) compileRegex(file, bindsField, source.replaceAll('\\k<ref>', 'name'), `${flags}gd`);
      binds = { source, flags: `${flags}gd` };
    }
    const evidence = (p.evidence ?? (p.needsContext === true ? 'context' : 'name')) as Evidence;
    if (!EVIDENCE.includes(evidence)) fail(`patterns[${i}].evidence`, `must be one of ${EVIDENCE.join(', ')}`);
    const nearby = (field: 'requires' | 'excludes') =>
      expandNearby(file, `rule "${id}": patterns[${i}].${field}`, p[field], fragments);
    let own = keywords as string[];
    if (p.keywords !== undefined) {
      checkStrings(file, `rule "${id}": patterns[${i}].keywords`, p.keywords, true);
      own = p.keywords as string[];
      const foreign = own.find((k) => !(keywords as string[]).includes(k));
      if (foreign !== undefined)
        fail(`patterns[${i}].keywords`, `holds "${foreign}", which is not one of the rule's keywords`);
    }
    const before = p.before ?? MAX_BEFORE;
    if (!Number.isInteger(before) || (before as number) < 0 || (before as number) > MAX_BEFORE)
      fail(`patterns[${i}].before`, `must be an integer from 0 to ${MAX_BEFORE}`);
    const needsContext = evidence === 'context' || evidence === 'scope';
    if (p.attributed !== undefined && typeof p.attributed !== 'boolean')
      fail(`patterns[${i}].attributed`, 'must be true or false');
    if (p.attributed === true && kind !== 'usage') fail(`patterns[${i}].attributed`, 'applies only to usage rules');
    if (p.sameBlock !== undefined && typeof p.sameBlock !== 'boolean')
      fail(`patterns[${i}].sameBlock`, 'must be true or false');
    return {
      regex: { source, flags: regexFlags },
      ...(builtIn ? {} : { expanded }),
      needsContext,
      attributed: p.attributed === true,
      sameBlock: p.sameBlock === true,
      evidence,
      keywords: own,
      before: before as number,
      ...(more ? { more } : {}),
      ...(binds ? { binds } : {}),
      requires: nearby('requires'),
      excludes: nearby('excludes'),
    };
  });

  const examples = spec.examples;
  if (!isObject(examples) || !Array.isArray(examples.match) || !Array.isArray(examples.noMatch)) {
    return fail('examples', 'must be an object with "match" and "noMatch" arrays');
  }
  if (examples.match.length === 0) fail('examples.match', 'must hold at least one example');

  return {
    id,
    kind,
    vendor,
    description: spec.description as string,
    severity: spec.severity as Severity,
    // Only the fields given: the table that the build embeds goes through JSON, which has no undefined.
    ...(spec.environment === undefined ? {} : { environment: spec.environment as Environment }),
    ...(spec.prefix === undefined ? {} : { prefix: spec.prefix as string }),
    keywords: keywords as string[],
    patterns,
    allow: checkRegexes(file, `rule "${id}": allow`, spec.allow ?? [], 'i'),
    precedence: (spec.precedence as number | undefined) ?? 0,
    requireLetterAndDigit: spec.requireLetterAndDigit === true,
    when: (when as unknown[]).map((c, i) => checkCondition(file, id, i, c)),
    message: spec.message as string,
    fix: spec.fix as string,
    examples: {
      match: examples.match.map((e, i) => checkExample(file, id, `examples.match[${i}]`, e)),
      noMatch: examples.noMatch.map((e, i) => checkExample(file, id, `examples.noMatch[${i}]`, e)),
    },
  };
}

/**
 * A built-in pattern, whose regexes are compiled on first use: V8 parses a regex when it is constructed, and a
 * pre-commit check, whose few lines reach a third of the ~130 patterns, spent about 20M instructions (callgrind) on
 * parsing the others (the list bindings' `more`, 19K characters, built at once until round 11). The build compiles
 * every one of them (it works out their literal sets), so a bad regex in rules/ fails there, not at a user's first
 * match.
 */
class BuiltInPattern implements Pattern {
  #regex: RegExp | undefined;
  #more: RegExp | undefined;
  declare written: string;
  declare needsContext: boolean;
  declare attributed: boolean;
  declare sameBlock: boolean;
  declare evidence: Evidence;
  declare keywords: string[];
  declare before: number;
  declare binds?: { source: string; flags: string };
  declare requires: Nearby[];
  declare excludes: Nearby[];
  declare literals?: UnitLiterals;

  constructor(
    fields: Omit<Pattern, 'regex' | 'more'>,
    private readonly data: RegexData,
    private readonly moreData?: RegexData,
  ) {
    Object.assign(this, fields);
  }

  get regex(): RegExp {
    this.#regex ??= new RegExp(this.data.source, this.data.flags);
    return this.#regex;
  }

  get more(): RegExp | undefined {
    if (this.moreData) this.#more ??= new RegExp(this.moreData.source, this.moreData.flags);
    return this.#more;
  }
}

/** Replaces each `{{name}}` with its fragment, itself expanded (fragments may use fragments, without cycles). */
function expandFragments(
  file: string,
  field: string,
  source: string,
  fragments: Map<string, string>,
  depth = 0,
): string {
  if (depth > 8) throw new ConfigError(file, `${field}: fragments nest too deep (a cycle?)`);
  return source.replace(/\{\{([A-Za-z][\w-]*)\}\}/g, (_, name: string) => {
    const fragment = fragments.get(name);
    if (fragment === undefined) throw new ConfigError(file, `${field}: unknown fragment "{{${name}}}"`);
    return expandFragments(file, field, fragment, fragments, depth + 1);
  });
}

function checkCondition(file: string, id: string, index: number, value: unknown): PolicyCondition {
  const field = `rule "${id}": when[${index}]`;
  if (!isObject(value)) throw new ConfigError(file, `${field} must be an object`);
  const condition: PolicyCondition = {};
  if (value.environments !== undefined) {
    checkStrings(file, `${field}.environments`, value.environments);
    for (const env of value.environments as string[]) {
      if (!ENVIRONMENTS.includes(env as Environment))
        throw new ConfigError(file, `${field}.environments: unknown "${env}"`);
    }
    condition.environments = value.environments as Environment[];
  }
  if (value.paths !== undefined) {
    checkStrings(file, `${field}.paths`, value.paths);
    condition.paths = value.paths as string[];
  }
  if (value.exceptPaths !== undefined) {
    checkStrings(file, `${field}.exceptPaths`, value.exceptPaths);
    if (!condition.paths) throw new ConfigError(file, `${field}.exceptPaths needs paths beside it`);
    condition.exceptPaths = value.exceptPaths as string[];
  }
  if (value.bindings !== undefined) condition.bindings = checkRegexes(file, `${field}.bindings`, value.bindings, '');
  if (value.fallback !== undefined) {
    if (value.fallback !== true) throw new ConfigError(file, `${field}.fallback must be true when given`);
    condition.fallback = true;
  }
  if (value.defined !== undefined) {
    if (value.defined !== true) throw new ConfigError(file, `${field}.defined must be true when given`);
    condition.defined = true;
  }
  if (value.directives !== undefined) {
    checkStrings(file, `${field}.directives`, value.directives);
    condition.directives = value.directives as string[];
  }
  if (value.extensionPackage !== undefined) {
    if (value.extensionPackage !== true)
      throw new ConfigError(file, `${field}.extensionPackage must be true when given`);
    condition.extensionPackage = true;
  }
  if (value.declaredPublicPrefix !== undefined) {
    if (value.declaredPublicPrefix !== true)
      throw new ConfigError(file, `${field}.declaredPublicPrefix must be true when given`);
    condition.declaredPublicPrefix = true;
  }
  if (value.defineFile !== undefined) {
    if (value.defineFile !== true) throw new ConfigError(file, `${field}.defineFile must be true when given`);
    condition.defineFile = true;
  }
  if (value.sections !== undefined) condition.sections = checkRegexes(file, `${field}.sections`, value.sections, '');
  if (value.exceptSections !== undefined) {
    if (!condition.sections) throw new ConfigError(file, `${field}.exceptSections needs sections beside it`);
    condition.exceptSections = checkRegexes(file, `${field}.exceptSections`, value.exceptSections, '');
  }
  const kinds = [
    'environments',
    'paths',
    'bindings',
    'fallback',
    'defined',
    'directives',
    'extensionPackage',
    'declaredPublicPrefix',
    'defineFile',
    'sections',
  ] as const;
  if (!kinds.some((kind) => condition[kind] !== undefined)) {
    throw new ConfigError(file, `${field} needs at least one of ${kinds.join(', ')}`);
  }
  return condition;
}

/** A checked condition with its globs and regexes compiled. */
function conditionOf(spec: PolicyCondition): Condition {
  const { paths, exceptPaths, bindings, sections, exceptSections, ...rest } = spec;
  const regexes = (sources: string[]) => sources.map((source) => new RegExp(source));
  return {
    ...rest,
    ...(paths ? { paths: globMatcher(paths, GLOB_OPTIONS) } : {}),
    ...(exceptPaths ? { exceptPaths: globMatcher(exceptPaths, GLOB_OPTIONS) } : {}),
    ...(bindings ? { bindings: regexes(bindings) } : {}),
    ...(sections ? { sections: regexes(sections) } : {}),
    ...(exceptSections ? { exceptSections: regexes(exceptSections) } : {}),
  };
}

/** Policy paths ignore case and match dot files. */
const GLOB_OPTIONS: picomatch.PicomatchOptions = { dot: true, nocase: true };

/**
 * What `picomatch(globs, options)` matches, compiling each glob only for a path that holds its literal
 * parts (`**\/.env.local` needs ".env.local", `**\/@(dev|test)/**` "dev" or "test"): a policy's globs then
 * cost substring tests per path, not a compile per process. Globs whose syntax globLiterals does not follow
 * are always compiled.
 */
export function globMatcher(globs: string[], options: picomatch.PicomatchOptions): (file: string) => boolean {
  const lower = options.nocase === true;
  // Read on the first path asked about: a run builds every policy's matchers and most ask for none.
  let needs: Array<string[][] | undefined> | undefined;
  const matchers: Array<((file: string) => boolean) | undefined> = [];
  return (file) => {
    const text = lower ? file.toLowerCase() : file;
    needs ??= globs.map((glob) => globLiterals(glob, lower));
    return globs.some((glob, i) => {
      if (needs![i]?.some((alternatives) => !alternatives.some((part) => text.includes(part)))) return false;
      return (matchers[i] ??= picomatch(glob, options))(file);
    });
  };
}

function expandNearby(file: string, field: string, value: unknown, fragments: Map<string, string>): NearbyData[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ConfigError(file, `"${field}" must be an array of {regex, flags?, withinLines}`);
  return value.map((entry: unknown, i): NearbyData => {
    const at = `${field}[${i}]`;
    if (!isObject(entry) || typeof entry.regex !== 'string')
      throw new ConfigError(file, `"${at}.regex" must be a string`);
    const flags = entry.flags ?? '';
    if (typeof flags !== 'string' || /[^ims]/.test(flags))
      throw new ConfigError(file, `"${at}.flags" may only hold i, m, s`);
    const lines = entry.withinLines;
    const counted = typeof lines === 'number' && Number.isInteger(lines) && lines >= 0 && lines <= MAX_NEARBY_LINES;
    if (!counted && lines !== 'file') {
      throw new ConfigError(
        file,
        `"${at}.withinLines" must be a whole number from 0 to ${MAX_NEARBY_LINES}, or "file"`,
      );
    }
    const source = expandFragments(file, `${at}.regex`, entry.regex, fragments);
    compileRegex(file, `${at}.regex`, source, flags);
    return { source, flags, withinLines: lines as number | 'file' };
  });
}

function checkExample(file: string, id: string, field: string, value: unknown): ExampleSpec {
  if (typeof value === 'string') return { text: value };
  if (isObject(value) && typeof value.text === 'string') {
    if (value.path !== undefined && typeof value.path !== 'string')
      throw new ConfigError(file, `rule "${id}": ${field}.path must be a string`);
    if (value.secret !== undefined && typeof value.secret !== 'string')
      throw new ConfigError(file, `rule "${id}": ${field}.secret must be a string`);
    return value as unknown as ExampleSpec;
  }
  throw new ConfigError(file, `rule "${id}": ${field} must be a string or {text, path?, secret?}`);
}

/** Regex sources, each checked to compile with `flags`. */
function checkRegexes(file: string, field: string, value: unknown, flags: string): string[] {
  checkStrings(file, field, value);
  (value as string[]).forEach((source, i) => compileRegex(file, `${field}[${i}]`, source, flags));
  return value as string[];
}

function compileRegex(file: string, field: string, source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new ConfigError(file, `${field}: invalid regular expression (${(error as Error).message})`);
  }
}

function checkStrings(file: string, field: string, value: unknown, lowerCase = false): void {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
    throw new ConfigError(file, `"${field}" must be an array of non-empty strings`);
  }
  if (lowerCase && value.some((v: string) => v !== v.toLowerCase())) {
    throw new ConfigError(file, `"${field}" must be lower-case (matching ignores case)`);
  }
  // Keywords feed the prefilter: one or two characters occur nearly everywhere and would defeat it.
  if (lowerCase && value.some((v: string) => v.length < 3)) {
    throw new ConfigError(file, `"${field}" must each be at least 3 characters long`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
