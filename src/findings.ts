// Matches become findings: the secret finding, the policy findings of where it lives and the lints of how it is
// bound, redacted at birth (the raw secret goes to the vault only), and the one order every report is sorted in.
import { fingerprintOf } from './fingerprint.js';
import type { ItemResult } from './detect/item.js';
import { type Place, policiesFor } from './detect/policies.js';
import { redact } from './redact.js';
import type { Rule } from './rules.js';
import type { Finding, Item, ScanNote, SecretVault } from './types.js';

/** The secret finding of a match, and a finding for each policy (or binding lint) it breaks. */
export function toFindings(
  match: ItemResult['matches'][number],
  item: Pick<Item, 'path' | 'commit'>,
  policies: Rule[],
  secrets: SecretVault,
  place?: Place,
): Finding[] {
  const { rule } = match;
  const base = {
    vendor: match.vendor ?? rule.vendor,
    file: item.path,
    line: match.line,
    column: match.column,
    secret: match.secret ? redact(match.secret, rule.prefix) : '',
    environment: match.environment,
    ...(item.commit ? { commit: item.commit } : {}),
    ...(match.original ? { original: match.original } : {}),
  };
  // A usage lint is identified by what the code does, with whitespace normalised, not by where it is.
  const identity = match.text === undefined ? match.secret : match.text.replace(/\s+/g, ' ').trim();
  const own: Finding = {
    kind: rule.kind,
    ruleId: rule.id,
    severity: rule.severity,
    fingerprint: fingerprintOf(rule.id, identity),
    message: rule.message,
    fix: rule.fix,
    ...base,
    ...(rule.kind === 'secret' ? { vendorConfirmed: match.vendorConfirmed } : {}),
  };
  if (match.secret) secrets.set(own.fingerprint, match.secret);
  if (rule.kind !== 'secret') return [own];
  const where = policiesFor(match, item.path, policies, place).map((policy): Finding => {
    const finding: Finding = {
      kind: policy.kind,
      ruleId: policy.id,
      severity: policy.severity,
      fingerprint: fingerprintOf(policy.id, match.secret),
      message: policy.message,
      fix: policy.fix,
      ...base,
    };
    secrets.set(finding.fingerprint, match.secret);
    return finding;
  });
  return [own, ...where];
}

const KIND_ORDER = { secret: 0, policy: 1, usage: 2 } as const;

/** Findings in a stable order: by file, position, kind and rule, so reports never churn. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.commit ?? '', b.commit ?? ''),
  );
}

/** Notes in a stable order: by file, then reason. */
export function sortNotes(notes: ScanNote[]): ScanNote[] {
  return notes.sort((a, b) => compare(a.file, b.file) || compare(a.reason, b.reason));
}

/** Plain string order (code units), the same on every machine and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
