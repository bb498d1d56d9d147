// Exports keylint's secret rules for other scanners: a gitleaks TOML config and GitHub secret-scanning
// custom patterns. Both use RE2-style regexes, which have no lookarounds and no `(?<name>)` groups, so
// patterns are converted; a conversion that widens a match is said in the output.
import type { Rule, RuleSet } from './rules.js';

/** A pattern rewritten for RE2: plain groups, lookarounds replaced or dropped. */
export interface ConvertedRegex {
  source: string;
  /** What the conversion could not keep exactly (dropped lookaheads); empty when exact. */
  caveats: string[];
}

/** One exported pattern of a rule, in both targets' terms. */
export interface ExportedPattern {
  ruleId: string;
  /** `maxai-prod-key`, then `maxai-prod-key-2`… for further patterns of the same rule. */
  id: string;
  rule: Rule;
  /** The keywords every match of this pattern contains. */
  keywords: string[];
  /** Whole regex for gitleaks, with the secret as capture group `secretGroup`. */
  regex: ConvertedRegex;
  secretGroup: number;
  /** The secret alone, and what must come right before and after it (GitHub's three fields). */
  secret: ConvertedRegex;
  before: ConvertedRegex;
  after: ConvertedRegex;
}

// A negated lookaround over a single character class has an exact consuming equivalent (the class negated, or
// the start/end of the text) only at the regex's edge: inside, the consumed character is one the neighbouring
// part needs (`(?<![a-z])by(?![a-z])` repeated cannot match "by lazy" once each word eats its spaces).
const NOT_BEHIND_CLASS = /(?<=^\^?(?:\((?:\?:|\?<[A-Za-z][A-Za-z0-9]*>)?)*)\(\?<!\[(\^?)((?:\\.|[^\]\\])+)\]\)/g;
const NOT_AHEAD_CLASS = /\(\?!\[(\^?)((?:\\.|[^\]\\])+)\]\)(?=\)*\$?$)/g;

/** The secret rules' patterns that another scanner can use: those whose key shape or bound name names the vendor. */
export function exportablePatterns(ruleSet: RuleSet): { patterns: ExportedPattern[]; skipped: string[] } {
  const patterns: ExportedPattern[] = [];
  const skipped: string[] = [];
  for (const rule of ruleSet.rules.filter((r) => r.kind === 'secret')) {
    let n = 0;
    rule.patterns.forEach((pattern, i) => {
      if (pattern.evidence !== 'key' && pattern.evidence !== 'name') {
        skipped.push(
          `${rule.id} pattern ${i + 1}: needs the vendor context around the binding, which a single regex cannot check`,
        );
        return;
      }
      if (pattern.binds) {
        skipped.push(
          `${rule.id} pattern ${i + 1}: follows a variable to the literal bound to it, which a single regex cannot`,
        );
        return;
      }
      if (pattern.regex.source.includes('(?<joined>')) {
        skipped.push(
          `${rule.id} pattern ${i + 1}: joins a key split across string literals, which a single regex cannot`,
        );
        return;
      }
      const id = n++ === 0 ? rule.id : `${rule.id}-${n}`;
      const flags = inlineFlags(pattern.regex.flags);
      const parts = splitAtSecret(pattern.regex.source);
      const whole = convert(pattern.regex.source, '(');
      patterns.push({
        ruleId: rule.id,
        id,
        rule,
        keywords: pattern.keywords,
        regex: { source: flags + whole.source, caveats: whole.caveats },
        secretGroup: secretGroupIndex(pattern.regex.source),
        secret: withFlags(flags, convert(parts.secret, '(?:')),
        before: withFlags(flags, convert(parts.before.replace(/^\^|^\\b/, ''), '(?:')),
        after: withFlags(flags, convert(parts.after.replace(/\\b$|\$$/, ''), '(?:')),
      });
    });
  }
  return { patterns, skipped };
}

/** A gitleaks (v8) config: one `[[rules]]` per pattern, keywords, and the placeholder allowlist. */
export function toGitleaks(ruleSet: RuleSet): string {
  const { patterns, skipped } = exportablePatterns(ruleSet);
  const out = [
    '# gitleaks config exported by `keylint rules export --to gitleaks`.',
    'title = "keylint vendor key rules"',
    '',
  ];
  for (const note of skipped) out.push(`# skipped ${note}`);
  if (ruleSet.placeholders.length > 0) {
    out.push(
      '',
      '# Placeholders from vendor docs and examples are never keys.',
      '[allowlist]',
      'regexTarget = "secret"',
    );
    out.push(
      `regexes = [\n${ruleSet.placeholders.map((r) => `  ${str(`(?i)${convert(r.source, '(?:').source}`)},`).join('\n')}\n]`,
    );
  }
  for (const p of patterns) {
    out.push('', '[[rules]]');
    for (const caveat of p.regex.caveats) out.push(`# approximation: ${caveat}`);
    out.push(
      `id = ${str(p.id)}`,
      `description = ${str(p.rule.description)}`,
      `regex = ${str(p.regex.source)}`,
      `secretGroup = ${p.secretGroup}`,
    );
    out.push(
      `keywords = [${p.keywords.map(str).join(', ')}]`,
      `tags = [${[p.rule.vendor ?? 'keylint', p.rule.severity].map(str).join(', ')}]`,
    );
    const allow = p.rule.allow.map((r) => convert(r.source, '(?:'));
    if (allow.length > 0) {
      out.push('[[rules.allowlists]]', 'regexTarget = "secret"');
      out.push(`regexes = [\n${allow.map((a) => `  ${str(`(?i)${a.source}`)},`).join('\n')}\n]`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** GitHub secret-scanning custom patterns (secret format, before/after), as JSON or a markdown table. */
export function toGithubPatterns(ruleSet: RuleSet, format: 'json' | 'markdown'): string {
  const { patterns, skipped } = exportablePatterns(ruleSet);
  const rows = patterns.map((p) => ({
    name: `keylint ${p.id}`,
    secretFormat: p.secret.source,
    beforeSecret: p.before.source || '\\A|[^0-9A-Za-z_]',
    afterSecret: p.after.source || '\\z|[^0-9A-Za-z_]',
    description: p.rule.description,
    ...(p.before.caveats.length + p.after.caveats.length + p.secret.caveats.length > 0
      ? { caveats: [...p.before.caveats, ...p.secret.caveats, ...p.after.caveats] }
      : {}),
  }));
  if (format === 'json') return `${JSON.stringify({ patterns: rows, skipped }, null, 2)}\n`;
  const cell = (s: string) => `\`${s.replace(/\|/g, '\\|')}\``;
  const lines = [
    '# GitHub secret scanning custom patterns (exported by keylint)',
    '',
    'Add each row under Settings → Code security → Secret scanning → Custom patterns.',
    '',
    '| name | secret format | before secret | after secret |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.name} | ${cell(r.secretFormat)} | ${cell(r.beforeSecret)} | ${cell(r.afterSecret)} |`),
  ];
  if (skipped.length > 0) lines.push('', 'Not exported:', '', ...skipped.map((s) => `- ${s}`));
  return `${lines.join('\n')}\n`;
}

/**
 * Rewrites a JS regex for RE2: named groups become `group` (`(` keeps them capturing, `(?:` drops them),
 * negated single-class lookarounds at its edges become exact consuming forms, and other lookarounds are dropped.
 */
export function convert(source: string, group: '(' | '(?:'): ConvertedRegex {
  const caveats: string[] = [];
  let out = source
    .replace(NOT_BEHIND_CLASS, (_, neg: string, body: string) => (neg ? `(?:^|[${body}])` : `(?:^|[^${body}])`))
    .replace(NOT_AHEAD_CLASS, (_, neg: string, body: string) => (neg ? `(?:[${body}]|$)` : `(?:[^${body}]|$)`))
    .replace(/\(\?<([A-Za-z][A-Za-z0-9]*)>/g, group);
  for (;;) {
    const at = out.search(/\(\?(?:=|!|<=|<!)/);
    if (at === -1) break;
    const end = closingParen(out, at);
    caveats.push(`dropped ${out.slice(at, end + 1)} (RE2 has no lookarounds), so the match may be wider`);
    out = out.slice(0, at) + out.slice(end + 1);
  }
  return { source: out, caveats };
}

/** The 1-based capture-group number of the `secret` group, counting groups as RE2 will see them. */
export function secretGroupIndex(source: string): number {
  let index = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') {
      if (source[i + 1] !== '?') index++;
      else if (/^\(\?<[A-Za-z]/.test(source.slice(i, i + 4))) {
        index++;
        if (source.startsWith('(?<secret>', i)) return index;
      }
    }
  }
  return 0;
}

function splitAtSecret(source: string): { before: string; secret: string; after: string } {
  const start = source.indexOf('(?<secret>');
  if (start === -1) return { before: '', secret: source, after: '' };
  const end = closingParen(source, start);
  return {
    before: source.slice(0, start),
    secret: source.slice(start + '(?<secret>'.length, end),
    after: source.slice(end + 1),
  };
}

/** Index of the `)` that closes the group opened at `open`. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return source.length - 1;
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

function inlineFlags(flags: string): string {
  const kept = [...flags].filter((f) => 'ims'.includes(f)).join('');
  return kept ? `(?${kept})` : '';
}

function withFlags(flags: string, converted: ConvertedRegex): ConvertedRegex {
  return converted.source ? { ...converted, source: flags + converted.source } : converted;
}

/** A TOML basic string; JSON's escapes are all valid TOML escapes. */
function str(text: string): string {
  return JSON.stringify(text);
}
