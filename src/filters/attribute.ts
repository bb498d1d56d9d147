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
 * Splits a change's findings. Those on lines it adds to a text file are new. Those elsewhere in a file it touches are
 * new only when the file's previous side lacked them (the caller checks, withoutCarriedOver): a file git shows no
 * text diff for (binary, or an archive's entries `a.zip!inner`) or that the change renames or copies, where every
 * byte of the new side may be new, and a finding on a line the change keeps, which it can still have made: a key
 * whose first half the change keeps and whose rest it adds (a Java property continued with a backslash is reported
 * where its value starts) was dropped as not added. Findings in files the change does not touch are dropped.
 */
export function splitByAddedLines(
  findings: Finding[],
  files: Map<string, FileChange>,
): { added: Finding[]; elsewhere: Finding[] } {
  const added: Finding[] = [];
  const elsewhere: Finding[] = [];
  for (const finding of findings) {
    const file = files.get(finding.file) ?? files.get(outerPath(finding.file));
    if (file === undefined) continue;
    if (!file.binary && file.moved !== true && file.added.has(finding.line)) added.push(finding);
    else elsewhere.push(finding);
  }
  return { added, elsewhere };
}
