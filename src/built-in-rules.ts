// keylint's own rules as the build expanded them (scripts/build.mjs puts builtInRuleTable's answer in place of this
// module in dist/): a run then neither reads, checks nor expands rules/*.json, which stay the source. From sources
// there is no table, and the rules are read from rules/.
import type { RuleTable } from './rules.js';

export const BUILT_IN_RULES: RuleTable | undefined = undefined;
