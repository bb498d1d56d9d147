// The reporter registry: each format is a pure function from a (redacted) report to text.
import type { Rule } from '../rules.js';
import type { Report } from '../types.js';
import { renderGithub } from './github.js';
import { renderHuman } from './human.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderSarif } from './sarif.js';

/** Rendering context shared by every reporter. */
export interface RenderContext {
  color: boolean;
  /** The rules of the scan, for formats that describe rules (SARIF); findings alone suffice otherwise. */
  rules?: readonly RuleInfo[];
}

/** What a reporter may know about a rule. */
export type RuleInfo = Pick<Rule, 'id' | 'kind' | 'vendor' | 'severity' | 'description' | 'message' | 'fix'>;

/** A reporter turns a report into the text of one format. */
export type Reporter = (report: Report, context: RenderContext) => string;

/** Every output format by name. */
export const REPORTERS = {
  human: renderHuman,
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub,
  junit: renderJunit,
  html: renderHtml,
} satisfies Record<string, Reporter>;

/** A format name accepted by `--format`. */
export type Format = keyof typeof REPORTERS;
