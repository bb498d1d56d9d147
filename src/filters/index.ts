// The filter chain every command applies to its findings, in this order:
//   1. inline allow: a `keylint:allow` (or `gitleaks:allow`) comment on the line. The engine drops those
//      matches as it finds them, since it alone sees the line.
//   2. the config's path allowlist: sources skip allowed paths unread; entries past their date stop
//      allowing, and are noted here.
//   3. the target's scope: a change keeps its added lines and the keys a binary file did not have before;
//      a history keeps each secret once, at the commit that introduced it.
//   4. the baseline: accepted fingerprints are dropped; stale and expired entries are noted.
import type { PathAllow } from '../config.js';
import type { Report } from '../types.js';
import { applyBaseline, type BaselineEntry } from './baseline.js';

/** What the chain needs beyond the report; every step but the allowlist's notes is optional. */
export interface FilterSteps {
  /** The config file (for notes) and its allow entries that expired. */
  allow: { file: string; expired: PathAllow[] };
  /** The target's own narrowing (step 3). */
  scope?: (report: Report) => Promise<Report>;
  /** A read baseline; `complete` when the scan covered the whole target (then unmatched entries are stale). */
  baseline?: { file: string; entries: BaselineEntry[]; complete: boolean };
  /** `YYYY-MM-DD`, against which expiry dates are read. */
  today: string;
}

/** Runs the chain over `report` (steps 2 to 4; step 1 ran during detection). */
export async function applyFilters(report: Report, steps: FilterSteps): Promise<Report> {
  let out: Report = { ...report, notes: [...report.notes, ...expiredAllowNotes(steps.allow)] };
  if (steps.scope) out = await steps.scope(out);
  if (steps.baseline) {
    const { file, entries, complete } = steps.baseline;
    out = applyBaseline(out, entries, file, steps.today, complete).report;
  }
  return out;
}

function expiredAllowNotes(allow: FilterSteps['allow']): Report['notes'] {
  return allow.expired.map((entry) => ({
    file: allow.file,
    reason: `allow entry "${entry.glob}" expired on ${entry.expires}; its paths are scanned again`,
  }));
}
