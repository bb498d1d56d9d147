// Joins reports (audit repositories, shards): findings deduplicated and stably sorted, stats summed.
import { sortFindings } from '../findings.js';
import type { Finding, Report, ScanNote } from '../types.js';

/** One report from many; the same finding reported twice (overlapping shards) counts once. */
export function mergeReports(reports: Report[]): Report {
  const findings = new Map<string, Finding>();
  const notes = new Map<string, ScanNote>();
  const stats = { files: 0, bytes: 0, durationMs: 0 };
  for (const report of reports) {
    for (const f of report.findings) findings.set(findingKey(f), f);
    for (const n of report.notes) notes.set(`${n.file}\0${n.reason}`, n);
    stats.files += report.stats.files;
    stats.bytes += report.stats.bytes;
    stats.durationMs += report.stats.durationMs;
  }
  const sortedNotes = [...notes.values()].sort((a, b) => compare(a.file, b.file) || compare(a.reason, b.reason));
  return { version: 1, findings: sortFindings([...findings.values()]), stats, notes: sortedNotes };
}

/** A finding's identity: what, where, and in which commit. */
function findingKey(f: Finding): string {
  return [f.repo ?? '', f.file, f.line, f.column, f.ruleId, f.fingerprint, f.commit ?? ''].join('\0');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
