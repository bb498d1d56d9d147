// Policies: where a key lives; and usage lints of how it is bound. They enrich a secret match with findings.
import { innerPath } from '../archive-path.js';
import type { Condition, Rule } from '../rules.js';
import type { Match } from './engine.js';

/** The rules with conditions (policies, binding lints) that apply to a secret match found at `file`. */
export function policiesFor(match: Match, file: string, policies: Rule[]): Rule[] {
  // Inside an archive (`a.zip!dist/app.js`) the inner path decides where the key lives.
  const inner = innerPath(file);
  return policies.filter((policy) => policy.when.some((condition) => holds(condition, match, inner)));
}

function holds(condition: Condition, match: Match, file: string): boolean {
  if (condition.environments && !condition.environments.includes(match.environment)) return false;
  if (condition.fallback && !match.fallback) return false;
  if (condition.paths && !condition.paths(file)) return false;
  if (condition.exceptPaths?.(file)) return false;
  if (condition.bindings) {
    // The name the value is bound to, or the environment variable it stands in for (`process.env.VITE_X ?? '…'`).
    const names = [match.binding, match.envRead].filter((name) => name !== undefined);
    if (!condition.bindings.some((re) => names.some((name) => re.test(name)))) return false;
  }
  return true;
}
