// Runs the real pipeline over in-memory files.
import { loadRuleSet, type RuleSet } from '../../src/rules.js';
import { scanSource, type ScanRunOptions } from '../../src/scan/run.js';
import { fileSource } from '../../src/sources/files.js';
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

/** A folder's findings, notes and file count in one scan mode: what the equivalence tests compare. */
export async function scanFolder(dir: string, ruleSet: RuleSet, options: ScanRunOptions) {
  const { report } = await scanSource(fileSource({ paths: [dir], base: dir, useGitignore: false }), ruleSet, options);
  return { findings: report.findings, notes: report.notes, files: report.stats.files };
}
