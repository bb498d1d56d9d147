// What every reporter is given and what one is: kept apart from the registry, which imports the reporters.
import type { Rule } from '../rules.js';
import type { Report } from '../types.js';

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
