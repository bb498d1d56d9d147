// Tells documentation placeholders and identifiers from real keys, offline and without guessing from context.
import type { Rule } from '../rules.js';

/** True when `secret` is a placeholder or otherwise cannot be a real key for `rule`. */
export function isPlaceholder(secret: string, rule: Rule, placeholders: RegExp[]): boolean {
  const body = rule.prefix && secret.startsWith(rule.prefix) ? secret.slice(rule.prefix.length) : secret;
  if (rule.allow.some((re) => re.test(secret))) return true;
  if (placeholders.some((re) => re.test(body))) return true;
  if (rule.requireLetterAndDigit && !(/[A-Za-z]/.test(body) && /[0-9]/.test(body))) return true;
  // Only opaque keys can be confused with names; a prefixed key (`acme_tok_…`) says what it is.
  if (rule.requireLetterAndDigit && (ENV_NAME.test(body) || KEBAB_NAME.test(body) || SECRET_PATH.test(body)))
    return true;
  return looksFabricated(body);
}

/** An environment variable's name (`NOVAMED_API_KEY_PROD_2`) bound where a value was expected: a reference. */
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}$/;
/** A lower-case name of words (`novamed-api-key-prod`, `rx_partner_secret_v2`): a reference to a secret, not one. */
const KEBAB_NAME = /^(?=(?:.*?(?:^|[-_])[a-z]{3,}(?=[-_]|$)){2})[a-z][a-z0-9]*(?:[-_][a-z0-9]+){2,}$/;
/**
 * A secret manager's path or name (`prod/novamed-api-key-AbC123`, `secret/data/maiagent_api_key`): a segment names
 * a key in words. Base64 keys hold `/` but never `-` or `_`, base64url keys never `/`.
 */
const SECRET_PATH =
  /\/(?:[^/]*\/)*[a-z0-9]*(?:[-_][a-z0-9]+)*[-_](?:api[-_]?key|key|secret|token|credentials?|password)(?:[-_][a-z0-9]+)*(?:\/|$)|^[a-z0-9]*(?:[-_][a-z0-9]+)*[-_](?:api[-_]?key|secret|token)(?:[-_][a-z0-9]+)*\//i;

/**
 * Repeated or sequential characters and low-entropy bodies are written by people, not by key generators:
 * a 20-character random alphanumeric body has about 4.3 bits of entropy per character.
 */
function looksFabricated(body: string): boolean {
  const counts = new Map<string, number>();
  let run = 1;
  let ascending = 1;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
    if (i === 0) continue;
    const step = body.charCodeAt(i) - body.charCodeAt(i - 1);
    run = step === 0 ? run + 1 : 1;
    ascending = step === 1 ? ascending + 1 : 1;
    if (run >= 6 || ascending >= 6) return true;
  }
  let entropy = 0;
  for (const n of counts.values()) {
    const p = n / body.length;
    entropy -= p * Math.log2(p);
  }
  return entropy < 3;
}
