// The one reader of saved JSON reports (`--format json`): for `report`, `merge`, `validate`, `revoke` and
// the wrappers that run the CLI. What a report may lack (stats, notes) gets its empty default; what it holds is
// checked field by field, and any full secret (a report saved with --show-secrets) is redacted again.
import { ConfigError } from '../errors.js';
import { readRegularFile } from '../regular-file.js';
import type { Report } from '../types.js';
import { knownFields, reRedactSecrets, reportShapeError } from './check-report.js';

/** Reports of whole organisations run large; far below what /dev/zero would grow to, or a string can hold. */
const REPORT_MAX_BYTES = 256 * 1024 * 1024;

/** The report in `text` with its secrets redacted, or the reason it is none. */
export function parseReport(text: string): Report | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: 'not valid JSON (expected a report from --format json)' };
  }
  const problem = reportShapeError(parsed);
  if (problem) return { error: problem };
  return reRedactSecrets(knownFields(parsed as Partial<Report> & Pick<Report, 'findings'>));
}

/** Reads a saved report; a file that cannot be read or is no report is a one-line error naming it. */
export function readReport(file: string): Report {
  let text: string;
  try {
    // A regular file, as config and baselines are: a FIFO or /dev/zero would wait or grow without end.
    text = readRegularFile(file, REPORT_MAX_BYTES, { followLinks: true }).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(file, `cannot read report (${code ?? (error as Error).message})`);
  }
  const report = parseReport(text);
  if ('error' in report) throw new ConfigError(file, report.error);
  return report;
}
