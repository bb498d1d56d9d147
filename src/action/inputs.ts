// Action inputs as the runner passes them: `INPUT_<NAME>` environment variables, like @actions/core reads them.
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

/**
 * One input: `INPUT_` + the name upper-cased with spaces as `_` (the toolkit's form), trimmed; empty means unset.
 * A composite step passes inputs through bash, which cannot carry `-` in names, so `INPUT_FAIL_ON` is read too.
 */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  const value = (env[key] ?? env[key.replace(/-/g, '_')])?.trim();
  return value ? value : undefined;
}

/** Reads and checks every input; a bad value is a UsageError naming the input. */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const mode = getInput('mode', env) ?? 'pr';
  if (!['pr', 'full', 'history'].includes(mode))
    throw new UsageError(`input "mode": unknown value "${mode}" (use pr, full or history)`);
  const failOn = getInput('fail-on', env) ?? 'low';
  if (!SEVERITIES.includes(failOn as Severity))
    throw new UsageError(`input "fail-on": unknown value "${failOn}" (use ${SEVERITIES.join(', ')})`);
  const validate = getInput('validate', env) ?? 'false';
  if (!['true', 'false'].includes(validate))
    throw new UsageError(`input "validate": use true or false, not "${validate}"`);
  return {
    mode: mode as Mode,
    failOn: failOn as Severity,
    validate: validate === 'true',
    baseline: getInput('baseline', env),
    token: getInput('github-token', env),
    sarifFile: getInput('sarif-file', env),
  };
}
