// The human format: one block per location, worst first within a file, colour only on a TTY.
import pc from 'picocolors';
import { SEVERITIES, type Finding, type Report, type Severity } from '../types.js';
import { printable } from './printable.js';

const PAINT: Record<Severity, (s: string) => string> = {
  critical: (s) => pc.bold(pc.red(s)),
  high: pc.red,
  medium: pc.yellow,
  low: pc.dim,
};
const MAX_NOTES = 20;

/** Renders findings grouped by location, then a summary and any notes. */
export function renderHuman(report: Report, options: { color: boolean }): string {
  const c = pc.createColors(options.color);
  const paint = (severity: Severity, text: string) => (options.color ? PAINT[severity](text) : text);
  const lines: string[] = [];
  for (const group of groupByLocation(report.findings)) {
    const [first] = group;
    if (!first) continue;
    lines.push(
      `${c.bold(`${printable(first.file)}:${first.line}:${first.column}`)}${first.commit ? c.dim(` (commit ${first.commit.slice(0, 12)})`) : ''}`,
    );
    for (const f of group) {
      lines.push(
        `  ${paint(f.severity, f.severity.padEnd(8))} ${c.cyan(printable(f.ruleId))}  ${printable(f.secret)}${describeExtras(f)}`,
      );
      lines.push(`    ${c.dim('why:')} ${printable(f.message)}`);
      lines.push(`    ${c.dim('fix:')} ${printable(f.fix)}`);
    }
    lines.push('');
  }
  lines.push(summary(report));
  if (report.notes.length > 0) {
    lines.push(
      c.dim(`${report.notes.length} note${report.notes.length === 1 ? '' : 's'} (skipped or partly scanned):`),
    );
    for (const note of report.notes.slice(0, MAX_NOTES))
      lines.push(c.dim(`  ${printable(note.file)}: ${printable(note.reason)}`));
    if (report.notes.length > MAX_NOTES)
      lines.push(c.dim(`  … ${report.notes.length - MAX_NOTES} more (use --format json for all)`));
  }
  return `${lines.join('\n')}\n`;
}

function describeExtras(f: Finding): string {
  const parts: string[] = [];
  if (f.environment && f.environment !== 'unknown') parts.push(f.environment);
  if (f.original) parts.push(`from ${printable(f.original.file)}:${f.original.line}:${f.original.column}`);
  if (f.occurrences && f.occurrences > 1) parts.push(`${f.occurrences} occurrences`);
  if (f.validation) parts.push(`live check: ${f.validation.status}`);
  return parts.length > 0 ? `  (${parts.join(', ')})` : '';
}

function groupByLocation(findings: Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.file}\0${f.line}\0${f.column}\0${f.commit ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}

function summary(report: Report): string {
  const { findings, stats } = report;
  const counts = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(
    ([, n]) => n > 0,
  );
  const scanned = `${stats.files} file${stats.files === 1 ? '' : 's'}, ${formatBytes(stats.bytes)}, ${(stats.durationMs / 1000).toFixed(2)} s`;
  if (findings.length === 0) return `No findings in ${scanned}.`;
  const bySeverity = counts.map(([s, n]) => `${n} ${s}`).join(', ');
  return `${findings.length} finding${findings.length === 1 ? '' : 's'} (${bySeverity}) in ${scanned}.`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
