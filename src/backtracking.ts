// Custom rules come from config files, and a config can come from a repository: their regexes are untrusted
// code for JavaScript's backtracking engine. A pattern that can take exponential time on some input, like
// `(?<secret>(a|aa)+)+$` on sixty a's, would hang the scan; such a pattern is refused when the rules load.
import { createRequire } from 'node:module';
import { ConfigError } from './errors.js';
import type { Rule } from './rules.js';

type Analyse = typeof import('scslre').analyse;

/**
 * Throws a ConfigError naming the rule and field of the first regex of `rules` that can backtrack
 * exponentially. scslre's analysis costs about 15 ms a pattern, so only rules from config files are checked
 * (the built-in ones are held to a megabyte of adversarial input by the test suite), once, on the main thread.
 */
export function refuseExponentialPatterns(rules: readonly Rule[]): void {
  if (rules.length === 0) return;
  analyse ??= (createRequire(import.meta.url)('scslre') as { analyse: Analyse }).analyse;
  for (const rule of rules) {
    for (const [field, regex] of regexesOf(rule)) {
      const report = analyse(
        { source: regex.source, flags: regex.flags.replace(/[gdy]/g, '') },
        { maxReports: 1, reportTypes: { Move: false } },
      ).reports.find((r) => r.exponential);
      if (report) {
        const example = report.character.pick.replace(/[^\x20-\x7e]/g, '?');
        throw new ConfigError(
          rule.source,
          `rule "${rule.id}": ${field} can take exponential time (nested or ambiguous repetition of "${example}"); rewrite it so that each character can be matched one way only`,
        );
      }
    }
  }
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
