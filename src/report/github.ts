// GitHub Actions workflow-command annotations: one `::error|warning|notice` line per finding.
import { isArchivePath, outerPath } from '../archive-path.js';
import { showBytes } from '../name-bytes.js';
import { escapeControls } from './printable.js';
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
    lines.push(annotation('notice', { title: 'keylint note' }, showBytes(`${note.file}: ${note.reason}`)));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** One finding's annotation: the CLI writes it as a workflow command, the Action through @actions/core. */
export interface FindingAnnotation {
  level: 'error' | 'warning' | 'notice';
  file: string;
  line: number;
  column: number;
  title: string;
  message: string;
}

/**
 * One finding's annotation. An archive entry is annotated on its archive (the file in the repository) and named
 * in the message. A name's bytes that are not UTF-8 are shown as `\xff` (a runner would print U+FFFD).
 */
export function annotationOf(f: Finding): FindingAnnotation {
  const where = isArchivePath(f.file) ? ` [in ${f.file}]` : '';
  const secret = f.secret ? `${f.secret}: ` : '';
  // The Action hands these to @actions/core, which escapes line breaks but passes ESC and BEL on to the log.
  return {
    level: COMMAND[f.severity],
    file: escapeControls(showBytes(outerPath(f.file))),
    line: f.line,
    column: f.column,
    title: escapeControls(`keylint ${f.ruleId} (${f.severity})`),
    message: escapeControls(showBytes(`${secret}${f.message}${where} Fix: ${f.fix}`)),
  };
}

/** One finding's annotation as a workflow command line. */
export function findingAnnotation(f: Finding): string {
  const a = annotationOf(f);
  return annotation(a.level, { file: a.file, line: String(a.line), col: String(a.column), title: a.title }, a.message);
}

/** One workflow command with escaped properties and data. */
export function annotation(command: string, properties: Record<string, string>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/**
 * Escapes a command's data as the runner expects: `%`, CR and LF. Other control characters (ESC, BEL, C1), which the
 * runner would pass to the log as they are, are shown escaped (`\x1b`): a name must not colour or rewrite the log.
 */
export function escapeData(text: string): string {
  return escapeControls(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as data, plus `:` and `,` that would end it early. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
