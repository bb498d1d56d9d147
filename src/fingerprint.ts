// Content fingerprints: the same (rule, secret) gives the same id wherever and whenever it is found.
import { createHash } from 'node:crypto';

/** A stable, non-reversible id of (rule, secret); position plays no part, so moves and rebases keep it. */
export function fingerprintOf(ruleId: string, secret: string): string {
  return createHash('sha256').update(`keylint/v1\0${ruleId}\0${secret}`).digest('hex').slice(0, 32);
}
