// The JSON format: the report as data (`"version": 1`), stable and versioned, for other tools to consume.
import type { Report } from '../types.js';

/** Renders the report as the documented JSON document. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
