// A change that loosens keylint's own check is itself a finding. `diff` runs with the base commit's config
// and baseline, so a pull request cannot switch its check off; this says when it tries to, so that the
// loosening is seen by a reviewer before it reaches the base branch.
import type { BaselineEntry } from '../filters/baseline.js';
import type { Config } from '../config.js';
import { fingerprintOf } from '../fingerprint.js';
import type { AddedMarker } from './allow-markers.js';
import { SEVERITIES, type Finding } from '../types.js';

/** The rule id of every weakening. */
export const SCAN_WEAKENED = 'scan-weakened';

/** One side's config: what it says, and where its file is (to point at the line). */
export interface ConfigSide {
  config: Config;
  path?: string;
  text?: string;
}

/** One side's baseline. */
export interface BaselineSide {
  entries: BaselineEntry[];
  text?: string;
}

/** What the head's config loosens against the base's: allow paths, disabled or changed rules, failOn. */
export function configWeakenings(base: ConfigSide, head: ConfigSide): Finding[] {
  const file = head.path ?? base.path ?? '.keylint.json';
  const at = (needle: string, what: string) => weakening(file, locate(head.text, needle), what);
  const found: Finding[] = [];
  const allowed = new Set(base.config.allowPaths.map((p) => p.glob));
  for (const entry of head.config.allowPaths) {
    if (!allowed.has(entry.glob)) found.push(at(JSON.stringify(entry.glob), `adds the allow path "${entry.glob}"`));
  }
  for (const id of head.config.disabled) {
    if (!base.config.disabled.includes(id)) found.push(at(JSON.stringify(id), `disables the rule ${id}`));
  }
  const limit = (c: Config) => SEVERITIES.indexOf(c.failOn ?? 'low');
  if (limit(head.config) < limit(base.config)) {
    found.push(at('"failOn"', `raises failOn from ${base.config.failOn ?? 'low'} to ${head.config.failOn}`));
  }
  const headRules = customRules(head.config);
  for (const [id, spec] of customRules(base.config)) {
    const now = headRules.get(id);
    if (now === undefined) found.push(at('', `removes the custom rule ${id}`));
    else if (now !== spec) found.push(at(JSON.stringify(id), `changes the custom rule ${id}`));
  }
  return found;
}

/** Entries the head's baseline accepts that the base's did not, or keeps for longer. */
export function baselineWeakenings(file: string, base: BaselineSide, head: BaselineSide): Finding[] {
  const before = new Map(base.entries.map((e) => [e.fingerprint, e]));
  const found: Finding[] = [];
  for (const entry of head.entries) {
    const old = before.get(entry.fingerprint);
    const where = `${entry.ruleId} at ${entry.file}:${entry.line}`;
    const line = locate(head.text, entry.fingerprint);
    if (!old) found.push(weakening(file, line, `adds a baseline entry for ${where}`));
    else if (old.expires !== undefined && (entry.expires === undefined || entry.expires > old.expires)) {
      found.push(weakening(file, line, `extends the baseline entry for ${where} past ${old.expires}`));
    }
  }
  return found;
}

/** The inline allow markers a change adds (see addedAllowMarkers), each a weakening at its line. */
export function inlineAllowWeakenings(markers: AddedMarker[]): Finding[] {
  return markers.map((m) => {
    const found = weakening(m.file, { line: m.line, column: m.column }, `adds an inline ${m.marker} marker`);
    return m.commit ? { ...found, commit: m.commit } : found;
  });
}

function weakening(file: string, where: { line: number; column: number }, what: string): Finding {
  return {
    kind: 'policy',
    ruleId: SCAN_WEAKENED,
    vendor: null,
    file,
    ...where,
    severity: 'high',
    fingerprint: fingerprintOf(SCAN_WEAKENED, `${file}\0${what}`),
    secret: '',
    message: `This change weakens keylint's own check: it ${what}. This run used the base commit's settings.`,
    fix: 'Have a maintainer review the loosening on its own; once merged, the base commit carries it. Otherwise revert it.',
  };
}

/** Custom rules by id, each as its JSON text (a changed pattern is a changed rule). */
function customRules(config: Config): Map<string, string> {
  const rules = new Map<string, string>();
  for (const { data } of config.ruleFiles) {
    const list = (data as { rules?: unknown } | null)?.rules;
    if (!Array.isArray(list)) continue;
    for (const rule of list) {
      const id = (rule as { id?: unknown } | null)?.id;
      if (typeof id === 'string') rules.set(id, JSON.stringify(rule));
    }
  }
  return rules;
}

/** The line and column of `needle`'s first occurrence in `text`; the file's start when it is not there. */
function locate(text: string | undefined, needle: string): { line: number; column: number } {
  const at = needle === '' || text === undefined ? -1 : text.indexOf(needle);
  if (at === -1) return { line: 1, column: 1 };
  const before = text!.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}
