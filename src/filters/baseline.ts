// The baseline: content fingerprints of findings accepted for now, so that only new findings fail.
// Entries carry redacted context for review and never a secret; fingerprints survive moves and rebases.
import { ConfigError } from '../errors.js';
import { compare } from '../findings.js';
import { readJsonFile } from '../json-file.js';
import type { Finding, Report } from '../types.js';

/** One accepted finding. `secret` is redacted; `file`/`line` are where it was when accepted, for review. */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  line: number;
  secret: string;
  reason?: string;
  /** `YYYY-MM-DD`: from the next day on, the entry no longer suppresses. */
  expires?: string;
}

/** The baseline file. */
export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A baseline entry is about 250 bytes: room for a quarter of a million accepted findings. */
export const BASELINE_MAX_BYTES = 64 * 1024 * 1024;

/** Reads and checks a baseline file; a missing file is an error naming it. */
export function readBaseline(file: string): BaselineEntry[] {
  return checkBaseline(file, readJsonFile(file, BASELINE_MAX_BYTES));
}

/** Checks a baseline's parsed JSON (from a file, or from a commit); errors name `file` and the entry. */
export function checkBaseline(file: string, data: unknown): BaselineEntry[] {
  const entries = (data as Partial<Baseline> | null)?.entries;
  if (!Array.isArray(entries)) throw new ConfigError(file, 'a baseline must be an object with an "entries" array');
  entries.forEach((e: Partial<BaselineEntry>, i) => {
    const field = `entries[${i}]`;
    if (typeof e !== 'object' || e === null) throw new ConfigError(file, `"${field}" must be an object`);
    if (typeof e.fingerprint !== 'string' || !/^[0-9a-f]{16,64}$/.test(e.fingerprint))
      throw new ConfigError(file, `"${field}.fingerprint" must be a hex fingerprint`);
    if (typeof e.ruleId !== 'string') throw new ConfigError(file, `"${field}.ruleId" must be a string`);
    if (e.reason !== undefined && typeof e.reason !== 'string')
      throw new ConfigError(file, `"${field}.reason" must be a string`);
    if (e.expires !== undefined && (typeof e.expires !== 'string' || !DATE.test(e.expires))) {
      throw new ConfigError(file, `"${field}.expires" must be a date like 2027-01-31`);
    }
  });
  return entries as BaselineEntry[];
}

/**
 * The baseline text for the findings of `report`: one entry per fingerprint, in a stable order,
 * keeping the reason and expiry of entries already in `previous`, so that rewriting never churns.
 */
export function renderBaseline(report: Report, previous: BaselineEntry[] = []): string {
  const kept = new Map(previous.map((e) => [e.fingerprint, e]));
  const entries = new Map<string, BaselineEntry>();
  for (const f of report.findings) {
    if (entries.has(f.fingerprint)) continue;
    const old = kept.get(f.fingerprint);
    entries.set(f.fingerprint, {
      fingerprint: f.fingerprint,
      ruleId: f.ruleId,
      file: f.file,
      line: f.line,
      secret: f.secret,
      ...(old?.reason !== undefined ? { reason: old.reason } : {}),
      ...(old?.expires !== undefined ? { expires: old.expires } : {}),
    });
  }
  const sorted = [...entries.values()].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.fingerprint, b.fingerprint),
  );
  const baseline: Baseline = { version: 1, entries: sorted };
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/**
 * The report without findings accepted by the baseline; stale entries (matching nothing) and expired
 * ones (which no longer suppress) become notes naming the baseline file. Entries are stale only when the
 * scan was `complete` (a change shows a part of the tree: what it does not meet may still be there).
 */
export function applyBaseline(
  report: Report,
  entries: BaselineEntry[],
  file: string,
  today: string,
  complete = true,
): { report: Report; suppressed: number } {
  const active = new Set(entries.filter((e) => !isExpired(e, today)).map((e) => e.fingerprint));
  const seen = new Set(report.findings.map((f) => f.fingerprint));
  const findings: Finding[] = report.findings.filter((f) => !active.has(f.fingerprint));
  const notes = [...report.notes];
  for (const e of entries) {
    const where = `${e.ruleId} at ${e.file}:${e.line} (${e.secret})`;
    if (!seen.has(e.fingerprint)) {
      if (complete) notes.push({ file, reason: `stale baseline entry ${where} matches nothing any more; remove it` });
    } else if (isExpired(e, today))
      notes.push({ file, reason: `baseline entry ${where} expired on ${e.expires}; its findings are reported again` });
  }
  return { report: { ...report, findings, notes }, suppressed: report.findings.length - findings.length };
}

function isExpired(entry: BaselineEntry, today: string): boolean {
  return entry.expires !== undefined && entry.expires < today;
}
