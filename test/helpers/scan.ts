// Runs the real pipeline over in-memory files.
import { loadRuleSet, type RuleSet } from '../../src/rules.js';
import { scanSource } from '../../src/scan/run.js';
import { memorySource } from '../../src/sources/memory.js';

let builtin: RuleSet | undefined;

/** The built-in rule set, loaded once per test file. */
export function builtinRules(): RuleSet {
  builtin ??= loadRuleSet();
  return builtin;
}

/** Scans in-memory files; returns the report and the raw-secret vault. */
export async function scanMemory(files: Array<{ path: string; content: string | Buffer }>, ruleSet = builtinRules()) {
  return scanSource(memorySource(files), ruleSet);
}
