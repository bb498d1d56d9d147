// GitHub Actions workflow-command annotations: one `::error|warning|notice` line per finding.
import { isArchivePath, outerPath } from '../archive-path.js';
import type { Finding, Report, Severity } from '../types.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
};

/** Renders one annotation per finding; notes become `::notice` lines without a position. */
export function renderGithub(report: Report): string {
  const lines = report.findings.map(findingAnnotation);
  for (const note of report.notes)
    lines.push(annotation('notice', { title: 'keylint note' }, `${note.file}: ${note.reason}`));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * One finding's annotation, for this reporter and the Action alike. An archive entry is annotated on its
 * archive (the file in the repository) and names the entry in the message.
 */
export function findingAnnotation(f: Finding): string {
  const props = {
    file: outerPath(f.file),
    line: String(f.line),
    col: String(f.column),
    title: `keylint ${f.ruleId} (${f.severity})`,
  };
  const where = isArchivePath(f.file) ? ` [in ${f.file}]` : '';
  const secret = f.secret ? `${f.secret}: ` : '';
  return annotation(COMMAND[f.severity], props, `${secret}${f.message}${where} Fix: ${f.fix}`);
}

/** One workflow command with escaped properties and data. */
export function annotation(command: string, properties: Record<string, string>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** Escapes a command's data as the runner expects: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as data, plus `:` and `,` that would end it early. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
