// Scores a scan of the expanded corpus against what it planted: secret findings per class, attribution, policies.
import { CLASSES, type Planted } from './corpus-cases.js';
import { KEY_KINDS, redact } from './corpus-values.js';

/** The fields of a report finding the score reads. */
export interface ScoredFinding {
  kind: string;
  ruleId: string;
  file: string;
  line: number;
  secret: string;
  vendorConfirmed?: boolean | string;
}

/** Counts of one class. */
export interface ClassScore {
  keys: number;
  decoys: number;
  found: number;
  falsePositives: number;
}

/** The whole score; `misses` and `falsePositives` list every one of them (policies too), secrets redacted. */
export interface Score {
  classes: Map<string, ClassScore>;
  policy: { expected: number; found: number; falsePositives: number };
  misses: string[];
  falsePositives: string[];
}

const classOf = (file: string) => file.split('/')[0]!;

/** Matches secret findings to planted keys by (file, secret, rule) and policy findings by (file, line, rule). */
export function scoreCorpus(planted: Planted[], findings: ScoredFinding[]): Score {
  const classes = new Map<string, ClassScore>(CLASSES.map((c) => [c, emptyScore()]));
  const misses: string[] = [];
  const falsePositives: string[] = [];
  const expected = new Map<string, Planted>();
  const byValue = new Map<string, Planted>();
  for (const p of planted) {
    byValue.set(`${p.file}\0${p.value}`, p);
    if (p.token.type === 'key') {
      classes.get(p.cls)!.keys++;
      expected.set(`${p.file}\0${p.value}\0${KEY_KINDS[p.token.kind]!.rule}`, p);
    } else classes.get(p.cls)!.decoys++;
  }
  const matched = new Set<Planted>();
  const misattributed = new Map<Planted, string>();
  for (const f of findings.filter((x) => x.kind === 'secret')) {
    const p = expected.get(`${f.file}\0${f.secret}\0${f.ruleId}`);
    if (p && !matched.has(p) && !misattributed.has(p)) {
      const confirmed = f.vendorConfirmed === undefined || f.vendorConfirmed === true || f.vendorConfirmed === 'true';
      if (p.token.anyConfirmation || confirmed === !p.token.unconfirmed) matched.add(p);
      else misattributed.set(p, `vendorConfirmed ${confirmed}, expected ${!confirmed}`);
      continue;
    }
    const score = classes.get(classOf(f.file));
    if (score) score.falsePositives++;
    const what = byValue.get(`${f.file}\0${f.secret}`);
    const label = !what
      ? 'unplanted'
      : `${what.token.type}:${what.token.kind}${what.token.type === 'key' ? ' (wrong rule or twice)' : ''}`;
    falsePositives.push(`${f.file}:${f.line} ${f.ruleId} ${label} ${redact(f.secret)}`);
  }
  for (const p of expected.values()) {
    if (matched.has(p)) classes.get(p.cls)!.found++;
    else {
      const why = misattributed.get(p);
      misses.push(`${p.file}:${p.line} ${p.token.kind} ${redact(p.value)}${why ? ` [${why}]` : ''}`);
    }
  }
  return { classes, policy: scorePolicies(planted, findings, misses, falsePositives), misses, falsePositives };
}

/** Policy findings must sit at the file and line of the key they concern, one per expected rule. */
function scorePolicies(planted: Planted[], findings: ScoredFinding[], misses: string[], falsePositives: string[]) {
  const want = new Map<string, number>();
  for (const p of planted) for (const rule of p.token.policies) bump(want, `${p.file}:${p.line} ${rule}`, 1);
  const got = new Map<string, number>();
  for (const f of findings.filter((x) => x.kind === 'policy')) bump(got, `${f.file}:${f.line} ${f.ruleId}`, 1);
  let found = 0;
  let extra = 0;
  for (const [where, n] of want) {
    const hit = Math.min(n, got.get(where) ?? 0);
    found += hit;
    for (let i = hit; i < n; i++) misses.push(`${where} (policy)`);
  }
  for (const [where, n] of got) {
    const over = n - Math.min(n, want.get(where) ?? 0);
    extra += over;
    for (let i = 0; i < over; i++) falsePositives.push(`${where} (policy)`);
  }
  return { expected: [...want.values()].reduce((a, b) => a + b, 0), found, falsePositives: extra };
}

function bump(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

const ratio = (num: number, den: number) => (den === 0 ? '  -  ' : (num / den).toFixed(2));

/** The score as a table, then every miss and false positive. */
export function formatScore(score: Score): string {
  const rows = [['class', 'keys', 'found', 'decoys', 'FP', 'precision', 'recall']];
  const total = emptyScore();
  for (const [cls, s] of score.classes) {
    rows.push([cls, ...counts(s)]);
    for (const k of Object.keys(total) as Array<keyof ClassScore>) total[k] += s[k];
  }
  rows.push(['all secrets', ...counts(total)]);
  const p = score.policy;
  const policyRatios = [ratio(p.found, p.found + p.falsePositives), ratio(p.found, p.expected)];
  rows.push(['policies', String(p.expected), String(p.found), '', String(p.falsePositives), ...policyRatios]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const pad = (cell: string, i: number) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!));
  const table = rows.map((r) => r.map(pad).join('  '));
  const list = (title: string, items: string[]) =>
    items.length ? ['', `${title} (${items.length}):`, ...items.map((x) => `  ${x}`)] : [];
  return [...table, ...list('misses', score.misses), ...list('false positives', score.falsePositives)].join('\n');
}

function counts(s: ClassScore): string[] {
  const ratios = [ratio(s.found, s.found + s.falsePositives), ratio(s.found, s.keys)];
  return [String(s.keys), String(s.found), String(s.decoys), String(s.falsePositives), ...ratios];
}

function emptyScore(): ClassScore {
  return { keys: 0, decoys: 0, found: 0, falsePositives: 0 };
}

/** True when every class and the policies score 1.00 on both precision and recall. */
export function isPerfect(score: Score): boolean {
  return score.misses.length === 0 && score.falsePositives.length === 0;
}
