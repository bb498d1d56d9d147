// Content fingerprints: the same (rule, secret) gives the same id wherever and whenever it is found.
import { sha256Hex } from './sha256.js';

/** A stable, non-reversible id of (rule, secret); position plays no part, so moves and rebases keep it. */
export function fingerprintOf(ruleId: string, secret: string): string {
  return sha256Hex(`keylint/v1\0${ruleId}\0${secret}`).slice(0, 32);
}
