// Joins reports (audit repositories, shards): findings deduplicated and stably sorted, stats summed.
import { sortFindings, sortNotes } from '../findings.js';
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
  return { version: 1, findings: sortFindings([...findings.values()]), stats, notes: sortNotes([...notes.values()]) };
}

/** A finding's identity: what, where, and in which commit. */
function findingKey(f: Finding): string {
  return [f.repo ?? '', f.file, f.line, f.column, f.ruleId, f.fingerprint, f.commit ?? ''].join('\0');
}
