// Custom rules come from config files, and a config can come from a repository: their regexes are untrusted
// code for JavaScript's backtracking engine. A pattern that can take exponential time on some input, like
// `(?<secret>(a|aa)+)+$` on sixty a's, would hang the scan; such a pattern is refused when the rules load.
// scslre's static analysis misses an ambiguous alternation under one repetition (`(a|aa)+X`, `(a{1,2}){1,50}X`):
// those are caught by running every pattern over repeated-character probes in a child process with a time budget.
import { createRequire } from 'node:module';
import { ConfigError } from './errors.js';
import type { Rule } from './rules.js';

type Analyse = typeof import('scslre').analyse;
type Regexpp = typeof import('@eslint-community/regexpp');

/**
 * How far one unbounded repetition of a config pattern may run: the engine looks 1024 bytes past a keyword hit
 * (WINDOW_FORWARD), so a match of an isolated hit hardly reaches further anyway; 1000 is RE2's largest count, so
 * an exported rule (`rules export`, gitleaks and GitHub use RE2) stays valid.
 */
export const REPETITION_CAP = 1000;

/** The source of each capped pattern as its config wrote it, for the analysis (scslre judges `{0,1024}` harmless). */
const written = new WeakMap<RegExp, string>();

/**
 * `source` with each unbounded repetition (`*`, `+`, `{n,}`) bounded at REPETITION_CAP. The engine tries a pattern
 * once per keyword hit, and hits that touch share one window: `aaa[a-z]*X` over a megabyte of a's searched to the
 * window's end from every byte (quadratic: over 30 s). Bounded, each search stops after the cap (linear: 4-7 s);
 * the rest is the time budget's (detect/budget.ts). A numbered backreference (`(a)\1`) becomes a named one, the
 * same group named: the engine searches near each hit only patterns without numbered ones (its own marker group
 * would renumber them), and a pattern searched from a window's start at once cannot be stopped by the budget.
 */
export function boundConfigPattern(source: string, flags: string): string {
  regexpp ??= createRequire(import.meta.url)('@eslint-community/regexpp') as Regexpp;
  let pattern: ReturnType<InstanceType<Regexpp['RegExpParser']>['parsePattern']>;
  try {
    pattern = new regexpp.RegExpParser().parsePattern(source, 0, source.length, { unicode: flags.includes('u') });
  } catch {
    return source; // not valid: compiling it reports the error
  }
  const edits: Array<{ from: number; to: number; text: string }> = [];
  const named = new Set<unknown>();
  regexpp.visitRegExpAST(pattern, {
    onQuantifierEnter(node) {
      if (node.max !== Infinity) return;
      const max = Math.max(node.min, REPETITION_CAP);
      edits.push({ from: node.element.end, to: node.end, text: `{${node.min},${max}}${node.greedy ? '' : '?'}` });
    },
    onBackreferenceEnter(node) {
      if (typeof node.ref !== 'number' || node.ambiguous) return;
      const group = node.resolved;
      const name = group.name ?? `keylintGroup${node.ref}`;
      if (group.name === null && !named.has(group)) {
        named.add(group);
        edits.push({ from: group.start + 1, to: group.start + 1, text: `?<${name}>` });
      }
      edits.push({ from: node.start, to: node.end, text: `\\k<${name}>` });
    },
  });
  let out = source;
  // From the end, so that offsets still hold; at one offset a replacement before an insertion (`(\1)`).
  for (const edit of edits.sort((a, b) => b.from - a.from || b.to - a.to))
    out = out.slice(0, edit.from) + edit.text + out.slice(edit.to);
  return out;
}
let regexpp: Regexpp | undefined;

/** Records the source a capped regex was written with. */
export function rememberWritten(regex: RegExp, source: string): RegExp {
  if (regex.source !== source) written.set(regex, source);
  return regex;
}

/**
 * Throws a ConfigError naming the rule (or file) and field of the first regex of the config's rules and rule files
 * that can backtrack super-linearly: exponentially (nested or ambiguous repetition), polynomially (two repetitions
 * that can trade characters, like `\w*\w*`, which hang a scan on a long line), or exponentially within a large
 * bound (`(a{1,2}){1,50}`). scslre's analysis costs about 15 ms a pattern, so only rules from config files are
 * checked (the built-in ones are held to a megabyte of adversarial input by the test suite), once, on the main
 * thread. A rule file's own `allow` and `foreign` regexes are checked too: they run over scanned text as well.
 */
export function refuseExponentialPatterns(
  rules: readonly Rule[],
  files: ReadonlyArray<{ file: string; data: unknown }> = [],
): void {
  const probes: Probe[] = [];
  for (const rule of rules) {
    for (const [field, regex] of regexesOf(rule)) {
      const where = { file: rule.source, what: `rule "${rule.id}": ${field}` };
      refuseSlow(where.file, where.what, { source: written.get(regex) ?? regex.source, flags: regex.flags });
      probes.push({ ...where, source: regex.source, flags: regex.flags, prefixes: ['', ...rule.keywords.slice(0, 3)] });
    }
  }
  for (const { file, data } of files) {
    for (const field of ['allow', 'foreign'] as const) {
      const list = (data as Record<string, unknown> | null)?.[field];
      if (!Array.isArray(list)) continue;
      list.forEach((source, i) => {
        if (typeof source !== 'string') return;
        refuseSlow(file, `"${field}[${i}]"`, { source, flags: 'i' });
        probes.push({ file, what: `"${field}[${i}]"`, source, flags: 'i', prefixes: [''] });
      });
    }
  }
  if (probes.length > 0) refuseSlowOnProbes(probes);
}

/** A regex to try, where it comes from, and what its matches start with (a rule's keywords). */
interface Probe {
  file: string;
  what: string;
  source: string;
  flags: string;
  prefixes: string[];
}

/** The child's budget for all probes: each takes microseconds unless its pattern backtracks exponentially. */
const PROBE_BUDGET_MS = 2_000;
/** Repetitions of a probe's character: a Fibonacci-like backtracking of 60 steps never ends. */
const PROBE_LENGTH = 60;

/**
 * Runs every regex over each character (up to 40) and pair of characters of its own source, repeated after each
 * of its prefixes (up to three keywords) and followed by a character no pattern expects, in a child process killed after PROBE_BUDGET_MS. A
 * regex still running then is refused, named by the last line the child printed before starting it.
 */
function refuseSlowOnProbes(probes: Probe[]): void {
  const script = `
    const probes = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    probes.forEach((p, i) => {
      process.stdout.write(i + '\\n');
      const re = new RegExp(p.source, p.flags.replace(/[gy]/g, ''));
      const chars = [...new Set(['a', 'A', '0', '_', '-', ' ', '.', ...(p.source.match(/[\\x21-\\x7e]/g) || [])])].slice(0, 40);
      const units = [...chars, ...chars.slice(0, 16).flatMap((a) => chars.slice(0, 16).map((b) => a + b))];
      for (const prefix of p.prefixes)
        for (const unit of units) re.test(prefix + unit.repeat(Math.ceil(${PROBE_LENGTH} / unit.length)) + '\\u0001');
    });
    process.stdout.write('done\\n');`;
  const run = process.getBuiltinModule('node:child_process').spawnSync(process.execPath, ['-e', script], {
    input: JSON.stringify(probes),
    encoding: 'utf8',
    // Each probe takes a few milliseconds; the allowance grows with their number so that many rules never time out.
    timeout: PROBE_BUDGET_MS + 100 * probes.length,
    env: {},
  });
  const lines = (run.stdout ?? '').trim().split('\n');
  if (lines.at(-1) === 'done') return;
  const probe = probes[Number(lines.at(-1))];
  if (!probe) return; // the child could not start (no node?): the static checks above stand alone
  throw new ConfigError(
    probe.file,
    `${probe.what} took over ${PROBE_BUDGET_MS / 1000} s on a ${PROBE_LENGTH}-character probe (ambiguous repetition); rewrite it so that each character can be matched one way only`,
  );
}

function refuseSlow(file: string, what: string, regex: { source: string; flags: string }): void {
  analyse ??= (createRequire(import.meta.url)('scslre') as { analyse: Analyse }).analyse;
  const flags = regex.flags.replace(/[gdy]/g, '');
  const reportOf = (source: string) => {
    try {
      return analyse!({ source, flags }, { maxReports: 1, reportTypes: { Move: false } }).reports[0];
    } catch {
      return undefined; // a pattern scslre cannot parse (the widened form below may be one) is not judged by it
    }
  };
  const report = reportOf(regex.source);
  const widened = widenBounds(regex.source);
  const bounded = report ? undefined : widened === regex.source ? undefined : reportOf(widened);
  const found = report ?? (bounded?.exponential ? bounded : undefined);
  if (!found) return;
  const example = found.character.pick.replace(/[^\x20-\x7e]/g, '?');
  const why = !found.exponential
    ? `can take polynomial time (repetitions that can trade "${example}" between them)`
    : report
      ? `can take exponential time (nested or ambiguous repetition of "${example}")`
      : `can take exponential time (nested repetition of "${example}" bounded only by a large count)`;
  throw new ConfigError(file, `${what} ${why}; rewrite it so that each character can be matched one way only`);
}

/** `{n,m}` with a wide range as `{n,}`: scslre treats bounded repetition as harmless, however large the bound. */
function widenBounds(source: string): string {
  return source.replace(/\{(\d+),(\d+)\}/g, (whole, min: string, max: string) =>
    Number(max) - Number(min) >= 10 ? `{${min},}` : whole,
  );
}
let analyse: Analyse | undefined;

function* regexesOf(rule: Rule): Iterable<[string, RegExp]> {
  for (const [i, pattern] of rule.patterns.entries()) {
    yield [`patterns[${i}].regex`, pattern.regex];
    if (pattern.more) yield [`patterns[${i}].more`, pattern.more];
    if (pattern.binds)
      yield [
        `patterns[${i}].binds`,
        new RegExp(pattern.binds.source.replaceAll('\\k<ref>', 'name'), pattern.binds.flags),
      ];
    for (const [j, near] of pattern.requires.entries()) yield [`patterns[${i}].requires[${j}].regex`, near.regex];
    for (const [j, near] of pattern.excludes.entries()) yield [`patterns[${i}].excludes[${j}].regex`, near.regex];
  }
  for (const [i, allow] of rule.allow.entries()) yield [`allow[${i}]`, allow];
  for (const [i, condition] of rule.when.entries())
    for (const [j, binding] of (condition.bindings ?? []).entries()) yield [`when[${i}].bindings[${j}]`, binding];
}
