// keylint's own rules as the build expanded them, each pattern with its literal sets (scripts/build.mjs puts
// carryLiterals(builtInRuleTable()) in place of this module in dist/): a run then neither reads, checks nor expands
// rules/*.json, which stay the source, nor analyses the patterns' regexes. From sources there is no table, and the
// rules are read from rules/.
import type { RuleTable } from './rules.js';

export const BUILT_IN_RULES: RuleTable | undefined = undefined;
