// The reporter registry: each format is a pure function from a (redacted) report to text.
import type { Report } from '../types.js';
import { renderHuman } from './human.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';

/** Rendering context shared by every reporter. */
export interface RenderContext {
  color: boolean;
}

/** A reporter turns a report into the text of one format. */
export type Reporter = (report: Report, context: RenderContext) => string;

/** Every output format by name. */
export const REPORTERS = {
  human: renderHuman,
  json: renderJson,
  html: renderHtml,
} satisfies Record<string, Reporter>;

/** A format name accepted by `--format`. */
export type Format = keyof typeof REPORTERS;
