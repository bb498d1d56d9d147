// Findings as workflow-command annotations (`::error file=…,line=…::message`), escaped as the runner expects.
import type { Finding, Severity } from '../types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
};

/** Escapes a command's message: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property: the message escapes plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One annotation line for a finding (the secret is already redacted in the report). */
export function annotation(finding: Finding): string {
  const props = [
    `file=${escapeProperty(finding.file)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `title=${escapeProperty(`keylint ${finding.ruleId} (${finding.severity})`)}`,
  ];
  const message = `${finding.message} ${finding.secret ? `Secret: ${finding.secret}. ` : ''}${finding.fix}`;
  return `::${LEVEL[finding.severity]} ${props.join(',')}::${escapeData(message)}\n`;
}

/** A plain warning annotation without a location (degraded features, notes). */
export function warning(message: string): string {
  return `::warning::${escapeData(message)}\n`;
}
