// Action inputs, read by @actions/core from the runner's `INPUT_<NAME>` variables and checked here.
import * as core from '@actions/core';
import { UsageError } from '../errors.js';
import { SEVERITIES, type Severity } from '../types.js';

/** What the scan step covers. */
export type Mode = 'pr' | 'full' | 'history';

/** The Action's inputs, checked. */
export interface ActionInputs {
  mode: Mode;
  failOn: Severity;
  validate: boolean;
  baseline?: string;
  token?: string;
  sarifFile?: string;
}

/** One input, trimmed; empty means unset. */
function optionalInput(name: string): string | undefined {
  return core.getInput(name) || undefined;
}

/** Reads and checks every input; a bad value is a UsageError naming the input. */
export function readInputs(): ActionInputs {
  const mode = optionalInput('mode') ?? 'pr';
  if (!['pr', 'full', 'history'].includes(mode))
    throw new UsageError(`input "mode": unknown value "${mode}" (use pr, full or history)`);
  const failOn = optionalInput('fail-on') ?? 'low';
  if (!SEVERITIES.includes(failOn as Severity))
    throw new UsageError(`input "fail-on": unknown value "${failOn}" (use ${SEVERITIES.join(', ')})`);
  const validate = optionalInput('validate') !== undefined && booleanInput('validate');
  return {
    mode: mode as Mode,
    failOn: failOn as Severity,
    validate,
    baseline: optionalInput('baseline'),
    token: optionalInput('github-token'),
    sarifFile: optionalInput('sarif-file'),
  };
}

/** A YAML 1.2 boolean (true, True, TRUE, false…), as core reads it; any other value is a one-line usage error. */
function booleanInput(name: string): boolean {
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new UsageError(`input "${name}": use true or false, not "${core.getInput(name)}"`);
  }
}
