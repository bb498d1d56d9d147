// Random values for the corpus' template tokens: vendor keys of every alphabet, decoys and other vendors' tokens.
// Built at run time so that no committed file holds a key-shaped literal.
import { randomString } from './fake.js';

type Rnd = () => number;

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Words that make a value read as a placeholder; a random key holding one would test the wordlist, not a binding. */
const PLACEHOLDER_WORDS = new RegExp(
  'here|example|placeholder|sample|dummy|changeme|redacted|insert|todo|fixme|fake|none|null|undefined|' +
    'your|my|the|key|token|secret|test|xxx',
  'i',
);
/** Prefixes of other vendors' tokens, which a NovaMed or MaiAgent key must not start with by chance. */
const FOREIGN_PREFIX = /^(?:sk|pk|rk)[-_]|^AKIA|^gh[pousr]_|^xox|^AIza|^pcsk_/;

function between(rnd: Rnd, lo: number, hi: number): number {
  return lo + Math.floor(rnd() * (hi - lo + 1));
}

function pick(rnd: Rnd, set: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += set[Math.floor(rnd() * set.length)];
  return s;
}

/** True when a generated key body reads like a random key and nothing else (letters, digits, no runs, no words). */
export function looksRandom(body: string): boolean {
  if (!/[A-Za-z]/.test(body) || !/\d/.test(body)) return false;
  if (PLACEHOLDER_WORDS.test(body) || FOREIGN_PREFIX.test(body)) return false;
  for (let i = 3; i < body.length; i++) {
    const c = [0, 1, 2, 3].map((k) => body.charCodeAt(i - k));
    if (c.every((x) => x === c[0])) return false;
    if (c[0]! - c[1]! === 1 && c[1]! - c[2]! === 1 && c[2]! - c[3]! === 1) return false;
  }
  return !WORD_SEGMENTS.test(body) && !REPEATED_UNIT.test(body);
}

/** Words between separators (`revoked_2024_05_01_rotated`): written by a person. */
const WORD_SEGMENTS = /^(?:[a-z]+|[A-Z]+|[0-9]+)(?:[-_]+(?:[a-z]+|[A-Z]+|[0-9]+)){2,}$/;
/** A unit written again right after itself (`a1b2c3d4e5f6a1b2c3d4e5f6`, short ones three times). */
const REPEATED_UNIT = /(.{6,16})\1|(.{2,5})\2\2/;

/** Draws until `make` gives a value that `ok` accepts. */
function draw(rnd: Rnd, make: () => string, ok: (s: string) => boolean = looksRandom): string {
  for (;;) {
    const s = make();
    if (ok(s)) return s;
  }
}

const alnum = (rnd: Rnd, n: number) => draw(rnd, () => randomString(n, rnd, ALNUM));

/** Standard base64 of `bytes` random bytes: holds `+` or `/`, padded with `=` unless bytes % 3 === 0. */
function base64Key(rnd: Rnd, bytes: number): string {
  return draw(
    rnd,
    () => Buffer.from(Array.from({ length: bytes }, () => Math.floor(rnd() * 256))).toString('base64'),
    (s) => /[+/]/.test(s) && !/^[+/]|[+/]=*$/.test(s) && looksRandom(s.replace(/=+$/, '')),
  );
}

/** A base64url body (`-` and `_`) that starts and ends with a letter or digit, so its ends are never in doubt. */
function base64UrlBody(rnd: Rnd, bytes: number): string {
  return draw(
    rnd,
    () => Buffer.from(Array.from({ length: bytes }, () => Math.floor(rnd() * 256))).toString('base64url'),
    (s) => /[-_]/.test(s) && /^[A-Za-z0-9].*[A-Za-z0-9]$/.test(s) && looksRandom(s),
  );
}

/** What a key token expects: the rule that must report it. */
export interface KeyKind {
  rule: string;
  make: (rnd: Rnd) => string;
}

// The prefixes are split so that this file holds no key-shaped literal either.
const PRD = 'max_prd_' + 'ak_';
const DEV = 'max_dev_' + 'ak_';

/** Vendor key kinds: `{{key:<kind>}}` must be reported; `{{decoy:<kind>}}` is the same shape where it must not be. */
export const KEY_KINDS: Record<string, KeyKind> = {
  'maxai-prd': { rule: 'maxai-prod-key', make: (r) => PRD + alnum(r, between(r, 24, 48)) },
  'maxai-dev': { rule: 'maxai-dev-key', make: (r) => DEV + alnum(r, between(r, 24, 48)) },
  'maxai-prd-b64url': { rule: 'maxai-prod-key', make: (r) => PRD + base64UrlBody(r, between(r, 24, 33)) },
  'maxai-dev-b64url': { rule: 'maxai-dev-key', make: (r) => DEV + base64UrlBody(r, between(r, 24, 33)) },
  novamed: { rule: 'novamed-api-key', make: (r) => alnum(r, between(r, 32, 48)) },
  // 24..35 bytes: 32..48 characters, with one, two or no `=`.
  'novamed-b64': { rule: 'novamed-api-key', make: (r) => base64Key(r, between(r, 24, 35)) },
  maiagent: { rule: 'maiagent-api-key', make: (r) => `${alnum(r, 8)}.${alnum(r, 32)}` },
  'maiagent-opaque': { rule: 'maiagent-api-key', make: (r) => alnum(r, 40) },
};

/** Values that look like secrets to a careless scanner but are identifiers, digests or other data. */
const DECOY_SHAPES: Record<string, (rnd: Rnd, arg: number) => string> = {
  uuid: (r) => {
    const variant = pick(r, '89ab', 1) + pick(r, HEX, 3);
    return [pick(r, HEX, 8), pick(r, HEX, 4), '4' + pick(r, HEX, 3), variant, pick(r, HEX, 12)].join('-');
  },
  hex: (r, n) => pick(r, HEX, n || 40),
  alnum: (r, n) => alnum(r, n || 40),
  b64: (r, n) => Buffer.from(Array.from({ length: n || 32 }, () => Math.floor(r() * 256))).toString('base64'),
  ulid: (r) => '01' + pick(r, CROCKFORD, 24),
  jwt: (r) =>
    [
      Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url'),
      Buffer.from(`{"sub":"${pick(r, DIGITS, 8)}","iat":${1700000000 + Math.floor(r() * 1e7)}}`).toString('base64url'),
      Buffer.from(Array.from({ length: 32 }, () => Math.floor(r() * 256))).toString('base64url'),
    ].join('.'),
};

/** Other vendors' token shapes, for `{{fake:<kind>}}`: never a finding of these rules. */
const FAKE_SHAPES: Record<string, (rnd: Rnd) => string> = {
  sk: (r) => 'sk-' + alnum(r, 48),
  'sk-proj': (r) => 'sk-' + 'proj-' + base64UrlBody(r, 60),
  'sk-ant': (r) => 'sk-' + 'ant-api03-' + base64UrlBody(r, 70),
  'sk-live': (r) => 'sk_' + 'live_' + alnum(r, 24),
  akia: (r) => 'AKIA' + pick(r, UPPER + '234567', 16),
  ghp: (r) => 'ghp_' + alnum(r, 36),
  pcsk: (r) => 'pcsk_' + alnum(r, 6) + '_' + alnum(r, 62),
  xoxb: (r) => 'xoxb-' + pick(r, DIGITS, 12) + '-' + pick(r, DIGITS, 13) + '-' + alnum(r, 24),
  aiza: (r) => 'AIza' + alnum(r, 35),
  sg: (r) => 'SG.' + base64UrlBody(r, 16) + '.' + base64UrlBody(r, 32),
};

/** A parsed `{{key:…}}`, `{{decoy:…}}` or `{{fake:…}}` token. */
export interface Token {
  type: 'key' | 'decoy' | 'fake';
  kind: string;
  unconfirmed: boolean;
  /** `confirmation=any`: whether the vendor counts as confirmed here is left open, so either answer passes. */
  anyConfirmation: boolean;
  policies: string[];
  /** `split`: the key is written in two string literals joined by concatenation, the second at `{{rest}}`. */
  split: boolean;
  /** `split=N`: the first literal holds the key's first N characters (a prefix cut between literals); else half. */
  splitAt?: number;
}

/** Parses the inside of a token (`key:novamed unconfirmed policies=a,b`); throws on anything it does not know. */
export function parseToken(type: Token['type'], body: string, where: string): Token {
  // A literal decoy's text may hold spaces: it is the whole rest of the token.
  const [kind = '', ...options] = body.startsWith('lit:') ? [body] : body.trim().split(/\s+/);
  const token: Token = { type, kind, unconfirmed: false, anyConfirmation: false, policies: [], split: false };
  const decoyShape = type === 'decoy' && (kind.split(':')[0]! in DECOY_SHAPES || kind.startsWith('lit:'));
  const known = type === 'fake' ? kind in FAKE_SHAPES : kind in KEY_KINDS || decoyShape;
  if (!known) throw new Error(`${where}: unknown ${type} kind "${kind}"`);
  for (const option of options) {
    if (type === 'key' && option === 'unconfirmed') token.unconfirmed = true;
    else if (type === 'key' && option === 'confirmation=any') token.anyConfirmation = true;
    else if (type === 'key' && option.startsWith('policies=')) token.policies = option.slice(9).split(',');
    else if (type === 'key' && option === 'split') token.split = true;
    else if (type === 'key' && /^split=[1-9][0-9]?$/.test(option)) {
      token.split = true;
      token.splitAt = Number(option.slice(6));
    } else throw new Error(`${where}: unknown option "${option}" in {{${type}:${body}}}`);
  }
  return token;
}

/** A random value of the token's kind (for `decoy:lit:TEXT`, the text itself). */
export function tokenValue(token: Token, rnd: Rnd): string {
  if (token.type === 'fake') return FAKE_SHAPES[token.kind]!(rnd);
  if (token.kind.startsWith('lit:')) return token.kind.slice(4);
  const keyKind = KEY_KINDS[token.kind];
  if (keyKind) return keyKind.make(rnd);
  const [shape, arg] = token.kind.split(':');
  return DECOY_SHAPES[shape!]!(rnd, Number(arg ?? 0));
}

/** The secret shortened for printing: enough to find it again in the expanded file, never the whole of it. */
export function redact(secret: string): string {
  const prefix = /^max_(?:prd|dev)_ak_/.exec(secret)?.[0] ?? '';
  const body = secret.slice(prefix.length);
  return body.length <= 6 ? `${prefix}${body.slice(0, 1)}…` : `${prefix}${body.slice(0, 3)}…${body.slice(-2)}`;
}
