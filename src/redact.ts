// Redaction: the only form in which a secret leaves the process unless the user passes --show-secrets.
import type { Report } from './types.js';

/** `max_prd_ak_Ab…9z`: the rule's known prefix, then at most two characters at each end of the body. */
export function redact(secret: string, prefix = ''): string {
  const head = prefix && secret.startsWith(prefix) ? prefix : '';
  const body = secret.slice(head.length);
  // Short bodies show less, so that a redacted form never gives away a meaningful share of the key.
  if (body.length < 16) return `${head}${body.slice(0, 1)}…`;
  return `${head}${body.slice(0, 2)}…${body.slice(-2)}`;
}

/** A copy of the report with full secrets, for the explicit `--show-secrets` only. */
export function revealSecrets(report: Report, secrets: Map<string, string>): Report {
  return {
    ...report,
    findings: report.findings.map((f) => ({ ...f, secret: secrets.get(f.fingerprint) ?? f.secret })),
  };
}

/** Characters of a found key looked up at each position of a name: enough to tell keys apart cheaply. */
const HEAD = 8;
/** Body length after a key prefix from which text in a name is taken for a key (`max_prd_ak_` + 16 or more). */
const MIN_SHAPED_BODY = 16;

/**
 * Redacts keys inside names (paths, archive entries, map sources, authors, repositories): every key the scan
 * found, and any text shaped like a prefixed key (`max_prd_ak_…`) wherever it stands, even where the engine's
 * word boundaries would not see it (`backup_max_prd_ak_…`). Found keys are looked up by their first characters,
 * so a report of many names against many keys costs one map lookup per character.
 */
export function nameRedactor(secrets: Iterable<string>, prefixes: readonly string[]): (name: string) => string {
  const byHead = new Map<string, string[]>();
  for (const secret of new Set(secrets)) {
    if (secret.length < HEAD) continue;
    const head = secret.slice(0, HEAD);
    byHead.set(
      head,
      [...(byHead.get(head) ?? []), secret].sort((a, b) => b.length - a.length),
    );
  }
  const escaped = prefixes.map((p) => `${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[A-Za-z0-9]{${MIN_SHAPED_BODY},}`);
  const shaped = escaped.length > 0 ? new RegExp(escaped.join('|'), 'g') : undefined;
  const redactKey = (key: string) =>
    redact(
      key,
      prefixes.find((p) => key.startsWith(p)),
    );
  return (name) => {
    let out = '';
    let from = 0;
    for (let i = 0; i + HEAD <= name.length; i++) {
      const key = byHead.get(name.slice(i, i + HEAD))?.find((s) => name.startsWith(s, i));
      if (!key) continue;
      out += name.slice(from, i) + redactKey(key);
      from = i + key.length;
      i = from - 1;
    }
    out += name.slice(from);
    return shaped ? out.replace(shaped, redactKey) : out;
  };
}

/** Redacts the keys in every name of the report (in place): findings' files, sources, authors, repos, and notes. */
export function redactNames(report: Report, redactName: (name: string) => string): void {
  for (const f of report.findings) {
    f.file = redactName(f.file);
    if (f.original) f.original = { ...f.original, file: redactName(f.original.file) };
    if (f.author !== undefined) f.author = redactName(f.author);
    if (f.repo !== undefined) f.repo = redactName(f.repo);
  }
  report.notes = report.notes.map((n) => ({ file: redactName(n.file), reason: redactName(n.reason) }));
}
