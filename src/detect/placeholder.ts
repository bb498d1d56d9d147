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
    (ENV_NAME.test(body) ||
      KEBAB_NAME.test(body) ||
      CAMEL_NAME.test(body) ||
      SECRET_PATH.test(body) ||
      UUID_V4.test(body) ||
      DIGEST.test(body) ||
      FILE_PATH.test(body) ||
      QUALIFIED_CONSTANT.test(body) ||
      wordsIdentifier(body))
  )
    return true;
  // A prefixed key's body is drawn at random too: words between separators (`max_prd_ak_REPLACE_WITH_REAL_KEY`,
  // `max_dev_ak_staging-key-from-dashboard`) are a person's. Random base64url bodies hold `-` and `_` but almost
  // never a run of three or more such separated segments, each of one letter case or digits alone.
  if (rule.prefix && secret.startsWith(rule.prefix) && WORD_SEGMENTS.test(body)) return true;
  return looksFabricated(body);
}

/**
 * Segments of one letter case or of digits alone, at least two of them words of three letters or more, between
 * `-` or `_` (none in 3,000,000 random base64url bodies of 20-60 characters).
 */
const WORD_SEGMENTS =
  /^(?=(?:.*?(?:^|[-_])(?:[a-z]{3,}|[A-Z]{3,})(?=[-_]|$)){2})(?:[a-z]+|[A-Z]+|[0-9]+)(?:[-_]+(?:[a-z]+|[A-Z]+|[0-9]+)){2,}$/;

/** An environment variable's name (`NOVAMED_API_KEY_PROD_2`) bound where a value was expected: a reference. */
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}$/;
/**
 * A name of words (`novamed-api-key-prod`, `rx_partner_secret_v2`, `REVOKED-2024-05-01-novamed-key`,
 * `NovaMed__ApiKey__Primary2`): a reference to a secret, or a marker, not one.
 */
const KEBAB_NAME = /^(?=(?:.*?(?:^|[-_])[a-z]{3,}(?=[-_]|$)){2})[a-z][a-z0-9]*(?:[-_]+[a-z0-9]+){2,}$/i;
/**
 * A camelCase identifier that names a key in words (`novamedApiKeyFromSecretsManager2`), bound unquoted where a
 * value was expected: a reference. A random body almost never runs two dozen characters without two capitals
 * side by side, let alone spelling `Key` between them.
 */
const CAMEL_NAME =
  /^(?=.*?(?:Key|Secret|Token|Credentials?|Password)(?:[A-Z0-9]|$))[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+$/;
/**
 * A secret manager's path or name (`prod/novamed-api-key-AbC123`, `secret/data/maiagent_api_key`): a segment names
 * a key in words. Base64 keys hold `/` but never `-` or `_`, base64url keys never `/`.
 */
const SECRET_PATH =
  /\/(?:[^/]*\/)*[a-z0-9]*(?:[-_][a-z0-9]+)*[-_](?:api[-_]?key|key|secret|token|credentials?|password)(?:[-_][a-z0-9]+)*(?:\/|$)|^[a-z0-9]*(?:[-_][a-z0-9]+)*[-_](?:api[-_]?key|secret|token)(?:[-_][a-z0-9]+)*\//i;

/** An absolute path of lower-case segments (`/vault/secret/data/novamed/prod`): a base64 key holds capitals too. */
const FILE_PATH = /^\/(?:[a-z0-9_.-]+\/)+[a-z0-9_.-]*$/;
/**
 * A class's constant named unquoted where a value was expected (`StandardCharsets.UTF_8`, `HttpHeaders.AUTHORIZATION`):
 * a reference. A random key's 32 characters after its dot are almost never all capitals and digits.
 */
const QUALIFIED_CONSTANT = /^[A-Z][a-z]+(?:[A-Z][a-z0-9]*)*\.[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
/** Hex of a digest's length (MD5, SHA-1, SHA-224, SHA-256, SHA-384, SHA-512): a hash, a thumbprint or an id. */
const DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
/** A UUID (version 4) written without its dashes: an id. */
const UUID_V4 = /^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/i;

/** The words of a camelCase or PascalCase identifier: a capital or a start, then three or more lower-case letters. */
const WORD = /[A-Z]?[a-z]{3,}/g;

/**
 * A camelCase or PascalCase identifier made of words (`PractitionerCreatedWebhookHandlerV2`,
 * `useNovaMedClientWithRetries3Times`): a class, function or worker name, not a key. Random bodies hold few runs of
 * three lower-case letters, and rarely a capital before each.
 */
function wordsIdentifier(body: string): boolean {
  if (!/^[A-Za-z0-9]+$/.test(body)) return false;
  let inWords = 0;
  let words = 0;
  for (const word of body.match(WORD) ?? []) {
    inWords += word.length;
    words++;
  }
  return words >= 3 && inWords >= body.length * 0.75 && /[aeiou]/i.test(body);
}

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
  if (repeatsUnit(body) || ascendsInterleaved(body)) return true;
  let entropy = 0;
  for (const n of counts.values()) {
    const p = n / body.length;
    entropy -= p * Math.log2(p);
  }
  return entropy < 3;
}

/**
 * A unit of 2-16 characters written again and again (`a1b2c3d4e5f6a1b2c3d4e5f6`, `secretsecretsecret`): each
 * character equals the one a period before it, at least six times in a row and at least a whole period. None in
 * 500,000 random alphanumeric bodies; a few in a hundred thousand of hex, whose keys are digests anyway.
 */
function repeatsUnit(body: string): boolean {
  for (let period = 2; period <= 16; period++) {
    let same = 0;
    for (let i = period; i < body.length; i++) {
      same = body[i] === body[i - period] ? same + 1 : 0;
      if (same >= Math.max(6, period)) return true;
    }
  }
  return false;
}

/**
 * Two sequences interleaved (`1a2b3c4d5e6f7g8h`): every other character climbs by one, seven times in a row.
 * About one random hex body in a million does.
 */
function ascendsInterleaved(body: string): boolean {
  for (let start = 0; start < 2; start++) {
    let ascending = 1;
    for (let i = start + 2; i < body.length; i += 2) {
      ascending = body.charCodeAt(i) - body.charCodeAt(i - 2) === 1 ? ascending + 1 : 1;
      if (ascending >= 7) return true;
    }
  }
  return false;
}
