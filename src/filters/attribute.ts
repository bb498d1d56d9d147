// After a history scan: the same secret found in many blobs becomes one finding, at its first commit.
import { outerPath } from '../archive-path.js';
import { sortFindings } from '../findings.js';
import type { FileChange } from '../git/changes.js';
import type { CommitInfo } from '../git/log.js';
import type { Finding, Report } from '../types.js';

/**
 * Groups findings by fingerprint (rule + secret) and keeps the one from the oldest introducing commit,
 * with its author and date and `occurrences` = how many introduced blobs (places) carried it.
 */
export function collapseHistory(report: Report, commits: Map<string, CommitInfo>): Report {
  const groups = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const group = groups.get(finding.fingerprint) ?? [];
    group.push(finding);
    groups.set(finding.fingerprint, group);
  }
  const orderOf = (f: Finding) => commits.get(f.commit ?? '')?.order ?? Number.MAX_SAFE_INTEGER;
  const findings = [...groups.values()].map((group) => {
    const first = group.reduce((a, b) => (orderOf(b) < orderOf(a) ? b : a));
    const commit = commits.get(first.commit ?? '');
    return { ...first, ...(commit ? { author: commit.author, date: commit.date } : {}), occurrences: group.length };
  });
  return { ...report, findings: sortFindings(findings) };
}

/**
 * Keeps only findings on lines the change adds, and every finding in a file git shows no text diff for
 * (binary, or an archive's entries `a.zip!inner`) or that the change renames or copies: there every byte of the new
 * side may be new.
 */
export function keepAddedLines(report: Report, files: Map<string, FileChange>): Report {
  const kept = (finding: Finding): boolean => {
    const file = files.get(finding.file) ?? files.get(outerPath(finding.file));
    return file !== undefined && (file.binary || file.moved === true || file.added.has(finding.line));
  };
  return { ...report, findings: report.findings.filter(kept) };
}
