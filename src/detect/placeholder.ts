// Tells documentation placeholders and identifiers from real keys, offline and without guessing from context.
import type { Rule } from '../rules.js';

/** True when `secret` is a placeholder or otherwise cannot be a real key for `rule`. */
export function isPlaceholder(secret: string, rule: Rule, placeholders: RegExp[]): boolean {
  const body = rule.prefix && secret.startsWith(rule.prefix) ? secret.slice(rule.prefix.length) : secret;
  if (rule.allow.some((re) => re.test(secret))) return true;
  if (placeholders.some((re) => re.test(body))) return true;
  if (rule.requireLetterAndDigit && !(/[A-Za-z]/.test(body) && (/[0-9]/.test(body) || randomLetters(body))))
    return true;
  // Only opaque keys can be confused with names; a prefixed key (`acme_tok_…`) says what it is.
  if (
    rule.requireLetterAndDigit &&
    (ENV_NAME.test(body) || KEBAB_NAME.test(body) || CAMEL_NAME.test(body) || SECRET_PATH.test(body))
  )
    return true;
  return looksFabricated(body);
}

/** An environment variable's name (`NOVAMED_API_KEY_PROD_2`) bound where a value was expected: a reference. */
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}$/;
/** A lower-case name of words (`novamed-api-key-prod`, `rx_partner_secret_v2`): a reference to a secret, not one. */
const KEBAB_NAME = /^(?=(?:.*?(?:^|[-_])[a-z]{3,}(?=[-_]|$)){2})[a-z][a-z0-9]*(?:[-_][a-z0-9]+){2,}$/;
/**
 * A camelCase identifier that names a key in words (`novamedApiKeyFromSecretsManager2`), bound unquoted where a
 * value was expected: a reference. A random body almost never runs two dozen characters without two capitals
 * side by side, let alone spelling `Key` between them.
 */
const CAMEL_NAME = /^(?=.*?(?:Key|Secret|Token|Credentials?|Password)(?:[A-Z0-9]|$))[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+$/;
/**
 * A secret manager's path or name (`prod/novamed-api-key-AbC123`, `secret/data/maiagent_api_key`): a segment names
 * a key in words. Base64 keys hold `/` but never `-` or `_`, base64url keys never `/`.
 */
const SECRET_PATH =
  /\/(?:[^/]*\/)*[a-z0-9]*(?:[-_][a-z0-9]+)*[-_](?:api[-_]?key|key|secret|token|credentials?|password)(?:[-_][a-z0-9]+)*(?:\/|$)|^[a-z0-9]*(?:[-_][a-z0-9]+)*[-_](?:api[-_]?key|secret|token)(?:[-_][a-z0-9]+)*\//i;

/**
 * A body of letters alone that a generator drew, not a person wrote: one random alphanumeric key in a few hundred
 * has no digit, and dropping it would be a silent miss. Words and identifiers (`NovaMedApiKeyProduction`,
 * `HTTPServerURLConfig`) have vowels, single capitals between lower-case runs, or name a key in words.
 */
function randomLetters(body: string): boolean {
  if (!/^[A-Za-z]+(?:[._+/=-][A-Za-z]+)*=*$/.test(body)) return false;
  const letters = body.replace(/[^A-Za-z]/g, '');
  if (letters.length < 20 || KEY_WORDS.test(letters)) return false;
  const upper = letters.replace(/[^A-Z]/g, '').length;
  const vowels = letters.replace(/[^aeiouAEIOU]/g, '').length;
  const capitalRuns = letters.match(/[A-Z]{2,}/g)?.length ?? 0;
  const englishPairs = letters.match(ENGLISH_PAIRS)?.length ?? 0;
  return (
    upper >= 4 &&
    letters.length - upper >= 4 &&
    vowels <= letters.length * 0.3 &&
    capitalRuns >= 2 &&
    englishPairs <= letters.length / 10
  );
}

/** English's commonest letter pairs: random letters hold about one in 25 positions, words one in three or four. */
const ENGLISH_PAIRS = /th|he|in|er|an|re|on|at|en|nd|ti|es|or|te|ed|is|it|al|ar|st|nt|to|ng|ou|le|se|ha|ve/gi;

/** Words a name or a placeholder spells and a random body almost never holds. */
const KEY_WORDS = /key|token|secret|api|auth|pass|test|prod|dev|demo|sample|example|default|config|value|client/i;

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
