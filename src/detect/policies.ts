// Policies: where a key lives; and usage lints of how it is bound. They enrich a secret match with findings.
import { innerPath } from '../archive-path.js';
import type { Condition, Rule } from '../rules.js';
import type { Match } from './engine.js';

/** What the file system says about where a file lives, asked only when a condition needs it. */
export interface Place {
  /** The file is part of a browser extension's package. */
  inExtensionPackage(): boolean;
  /** The public variable prefixes that the bundler config of the file's project declares. */
  publicEnvPrefixes(): string[];
  /** The file is one that its project's launchers compile into the app (`--dart-define-from-file=env/dev.json`). */
  compiledByDefineFile(): boolean;
}

/** The rules with conditions (policies, binding lints) that apply to a secret match found at `file`. */
export function policiesFor(match: Match, file: string, policies: Rule[], place?: Place): Rule[] {
  // Inside an archive (`a.zip!dist/app.js`) the inner path decides where the key lives.
  const inner = innerPath(file);
  return policies.filter((policy) => policy.when.some((condition) => holds(condition, match, inner, place)));
}

function holds(condition: Condition, match: Match, file: string, place: Place | undefined): boolean {
  if (condition.environments && !condition.environments.includes(match.environment)) return false;
  if (condition.fallback && !match.fallback) return false;
  if (condition.defined && !match.defined) return false;
  if (condition.directives && !condition.directives.some((directive) => match.directives?.includes(directive))) {
    return false;
  }
  if (condition.paths && !condition.paths(file)) return false;
  if (condition.exceptPaths?.(file)) return false;
  // The name the value is bound to, or the environment variable it stands in for (`process.env.VITE_X ?? '…'`).
  const names = [match.binding, match.envRead].filter((name) => name !== undefined);
  if (condition.bindings && !condition.bindings.some((re) => names.some((name) => re.test(name)))) return false;
  if (condition.sections && !sectionDecides(condition.sections, condition.exceptSections ?? [], match.sections)) {
    return false;
  }
  // Last: the only checks that may read the disk.
  if (condition.extensionPackage && !place?.inExtensionPackage()) return false;
  if (condition.defineFile && !place?.compiledByDefineFile()) return false;
  if (condition.declaredPublicPrefix) {
    if (names.length === 0 || place === undefined) return false;
    const prefixes = place.publicEnvPrefixes();
    if (!prefixes.some((prefix) => names.some((name) => name.startsWith(prefix)))) return false;
  }
  return true;
}

/** Whether the nearest section that `names` or `except` names is one of `names`. */
function sectionDecides(names: RegExp[], except: RegExp[], sections: string[] | undefined): boolean {
  for (const section of sections ?? []) {
    if (except.some((re) => re.test(section))) return false;
    if (names.some((re) => re.test(section))) return true;
  }
  return false;
}
