// The JSON contract of SPEC §4: stable, versioned, consumed by other tools.
import type { Report } from '../types.js';

/** Renders the report as the documented JSON document. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
