// The job summary: a markdown table of the (redacted) findings and the run's notes.
import { SEVERITIES, type Finding, type Report, type Severity } from '../types.js';
import { plainMarkdown } from './markdown.js';

/** Counts per severity plus the total, as the Action's outputs name them. */
export function countBySeverity(report: Report): Record<'total' | Severity, number> {
  const counts = { total: report.findings.length, critical: 0, high: 0, medium: 0, low: 0 };
  for (const f of report.findings) counts[f.severity] += 1;
  return counts;
}

/**
 * GitHub refuses a step summary over 1 MiB, and then shows none of it: the table stops at this many bytes, with a
 * line saying how many findings it leaves to the annotations, the log and the SARIF.
 */
const MAX_TABLE_BYTES = 512 * 1024;

/** Findings by severity, critical first, in report order within each severity. */
export function worstFirst(findings: Finding[]): Finding[] {
  return SEVERITIES.flatMap((severity) => findings.filter((f) => f.severity === severity));
}

/** Renders the summary markdown; `notes` are the Action's own remarks (degraded features…). */
export function renderSummary(
  report: Report,
  options: { scope: string; failing: number; failOn: string; notes: string[] },
): string {
  const counts = countBySeverity(report);
  const lines = [
    `## keylint: ${counts.total === 0 ? 'no findings' : `${counts.total} finding${counts.total === 1 ? '' : 's'}`}`,
    '',
  ];
  lines.push(
    `Scanned ${options.scope}. ${options.failing} finding${options.failing === 1 ? '' : 's'} at or above \`${options.failOn}\`.`,
    '',
  );
  if (counts.total > 0) {
    lines.push(`| severity | rule | location | secret | what to do |`, `|---|---|---|---|---|`);
    let bytes = 0;
    let shown = 0;
    for (const f of report.findings) {
      const where = `${f.file}:${f.line}:${f.column}${f.commit ? ` @ ${f.commit.slice(0, 12)}` : ''}`;
      const row = `| ${cell(f.severity)} | ${cell(f.ruleId)} | ${cell(where)} | ${cell(f.secret)} | ${cell(f.fix)} |`;
      bytes += Buffer.byteLength(row) + 1;
      if (bytes > MAX_TABLE_BYTES) break;
      lines.push(row);
      shown++;
    }
    lines.push('');
    if (shown < counts.total)
      lines.push(`${counts.total - shown} more findings (the least severe) are in the step's log and the SARIF.`, '');
  }
  const remarks = [...options.notes, ...report.notes.map((n) => `${n.file}: ${n.reason}`)];
  if (remarks.length > 0) lines.push('**Notes**', '', ...remarks.map((n) => `- ${cell(n)}`), '');
  return `${lines.join('\n')}\n`;
}

/**
 * A value as plain text inside one table cell. File names, rule ids and messages come from the scanned
 * repository: see plainMarkdown.
 */
function cell(text: string): string {
  return plainMarkdown(text).replace(/\s+/g, ' ');
}
