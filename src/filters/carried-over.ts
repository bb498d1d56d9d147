// A binary file (an archive, a UTF-16 file, a `-diff` lock file) has no added lines, so all of its findings
// count in a change; those that its previous version had too are not what the change adds, and are dropped. So are
// those of renamed files, and those on lines a change keeps (see splitByAddedLines).
import { outerPath } from '../archive-path.js';
import type { Finding, Report } from '../types.js';

/**
 * The report without findings that the previous side of their file had too; `findingsBefore` scans the
 * previous sides of the files named.
 */
export async function withoutCarriedOver(
  report: Report,
  findingsBefore: (files: Set<string>) => Promise<Finding[]>,
): Promise<Report> {
  if (report.findings.length === 0) return report;
  const old = await findingsBefore(new Set(report.findings.map((f) => outerPath(f.file))));
  if (old.length === 0) return report;
  const key = (f: Finding) => `${outerPath(f.file)}\0${f.fingerprint}`;
  const had = new Set(old.map(key));
  return { ...report, findings: report.findings.filter((f) => !had.has(key(f))) };
}
