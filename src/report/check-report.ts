// A saved JSON report is untrusted input (`report`, `merge`, `validate`, `revoke --report`): its shape is
// checked field by field before anything renders, merges or validates it, so a `null` finding or a
// `severity` of `<img …>` is a one-line error naming the field, never a crash or markup in a page.
import { redact } from '../redact.js';
import { SEVERITIES, type Report } from '../types.js';

const KINDS = ['secret', 'policy', 'usage'];
const VENDORS = ['maxai', 'novamed', 'maiagent'];
const ENVIRONMENTS = ['production', 'staging', 'development', 'unknown'];
const STATUSES = ['valid', 'valid-limited', 'invalid', 'unknown'];

type Check = (value: unknown) => boolean;
const text: Check = (v) => typeof v === 'string';
// Whole numbers, as keylint writes them: a line of 1e308 made SARIF that code scanning refuses whole (every finding of
// the upload lost), and stats of 1e308 summed by `merge` to Infinity, written as null.
const count: Check = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const object: Check = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);

const isOriginal: Check = (v) =>
  object(v) && text(field(v, 'file')) && count(field(v, 'line')) && count(field(v, 'column'));
const isValidation: Check = (v) =>
  object(v) &&
  oneOf(STATUSES)(field(v, 'status')) &&
  text(field(v, 'checkedAt')) &&
  object(field(v, 'detail')) &&
  isShallow(field(v, 'detail'), MAX_DETAIL_DEPTH);

/**
 * How deep a validation's detail may nest: keylint writes identity facts two levels deep. A report's author could
 * nest a hundred thousand levels, which JSON.parse takes and every writer of the report (JSON.stringify) overflowed on.
 */
const MAX_DETAIL_DEPTH = 8;

function isShallow(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (depth === 0) return false;
  return Object.values(value).every((v) => isShallow(v, depth - 1));
}

/** Each field of a finding: its check, what the error says it must be, and whether it may be absent. */
const FINDING_FIELDS: Array<[string, Check, string, 'required' | 'optional']> = [
  ['kind', oneOf(KINDS), `one of ${KINDS.join(', ')}`, 'required'],
  ['ruleId', text, 'a string', 'required'],
  ['vendor', (v) => v === null || oneOf(VENDORS)(v), `null or one of ${VENDORS.join(', ')}`, 'required'],
  ['file', text, 'a string', 'required'],
  ['line', count, 'a whole number', 'required'],
  ['column', count, 'a whole number', 'required'],
  ['severity', oneOf(SEVERITIES), `one of ${SEVERITIES.join(', ')}`, 'required'],
  ['fingerprint', text, 'a string', 'required'],
  ['secret', text, 'a string', 'required'],
  ['message', text, 'a string', 'required'],
  ['fix', text, 'a string', 'required'],
  ['environment', oneOf(ENVIRONMENTS), `one of ${ENVIRONMENTS.join(', ')}`, 'optional'],
  ['commit', text, 'a string', 'optional'],
  ['repo', text, 'a string', 'optional'],
  ['author', text, 'a string', 'optional'],
  ['date', text, 'a string', 'optional'],
  ['occurrences', count, 'a whole number', 'optional'],
  ['original', isOriginal, 'an object with file, line and column', 'optional'],
  ['validation', isValidation, 'an object with status, checkedAt and a shallow detail', 'optional'],
  ['vendorConfirmed', (v) => typeof v === 'boolean', 'true or false', 'optional'],
];

/** Why `data` is not a keylint report (the first field that is wrong), or undefined when it is one. */
export function reportShapeError(data: unknown): string | undefined {
  if (!object(data) || field(data, 'version') !== 1 || !Array.isArray(field(data, 'findings'))) {
    return 'not a keylint JSON report (expected "version": 1 and a "findings" array)';
  }
  const stats = field(data, 'stats');
  if (stats !== undefined) {
    if (!object(stats)) return '"stats" must be an object';
    for (const name of ['files', 'bytes', 'durationMs']) {
      const value = field(stats, name);
      if (value !== undefined && !count(value)) return `"stats.${name}" must be a whole number`;
    }
  }
  const findings = field(data, 'findings') as unknown[];
  for (const [i, finding] of findings.entries()) {
    if (!object(finding)) return `"findings[${i}]" must be an object`;
    for (const [name, check, must, presence] of FINDING_FIELDS) {
      const value = field(finding, name);
      if (value === undefined && presence === 'optional') continue;
      if (!check(value)) return `"findings[${i}].${name}" must be ${must}`;
    }
  }
  const notes = field(data, 'notes');
  if (notes !== undefined && !Array.isArray(notes)) return '"notes" must be an array';
  for (const [i, note] of ((notes as unknown[] | undefined) ?? []).entries()) {
    if (!object(note) || !text(field(note, 'file')) || !text(field(note, 'reason'))) {
      return `"notes[${i}]" must be an object with file and reason strings`;
    }
  }
  return undefined;
}

/**
 * The report of `data`, checked by reportShapeError, with only the fields keylint writes: what else a saved report
 * holds is not rendered, merged or passed on (a field nested a hundred thousand levels deep overflowed the writers).
 */
export function knownFields(data: Partial<Report> & Pick<Report, 'findings'>): Report {
  const findings = data.findings.map((finding) => {
    const kept: Record<string, unknown> = {};
    for (const [name] of FINDING_FIELDS) {
      const value = field(finding, name);
      if (value !== undefined) kept[name] = value;
    }
    const original = finding.original;
    if (original) kept.original = { file: original.file, line: original.line, column: original.column };
    const validation = finding.validation;
    if (validation)
      kept.validation = { status: validation.status, checkedAt: validation.checkedAt, detail: validation.detail };
    return kept as unknown as Report['findings'][number];
  });
  const stats = { files: 0, bytes: 0, durationMs: 0 };
  for (const name of ['files', 'bytes', 'durationMs'] as const) stats[name] = data.stats?.[name] ?? 0;
  const notes = (data.notes ?? []).map((note) => ({ file: note.file, reason: note.reason }));
  return { version: 1, findings, stats, notes };
}

/**
 * The report with every secret redacted again: one saved with `--show-secrets` holds full keys, and what
 * is rendered or merged from it gets shared. Already redacted secrets (`max_prd_ak_Ab…9z`) are kept.
 */
export function reRedactSecrets(report: Report): Report {
  const findings = report.findings.map((f) =>
    f.secret === '' || f.secret.includes('…') ? f : { ...f, secret: redact(f.secret) },
  );
  return { ...report, findings };
}

function field(value: unknown, name: string): unknown {
  return (value as Record<string, unknown>)[name];
}
