// Content fingerprints: the same (rule, secret) gives the same id wherever and whenever it is found.
import { createRequire } from 'node:module';

// node:crypto loads some twenty modules; a clean pre-commit check, which fingerprints nothing, skips them.
let hashing: typeof import('node:crypto') | undefined;

/** A stable, non-reversible id of (rule, secret); position plays no part, so moves and rebases keep it. */
export function fingerprintOf(ruleId: string, secret: string): string {
  hashing ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return hashing.createHash('sha256').update(`keylint/v1\0${ruleId}\0${secret}`).digest('hex').slice(0, 32);
}
