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
