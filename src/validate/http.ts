// The one way a key leaves the process: GET-style probes to an allowed origin, no redirects, bounded
// time, retries with backoff that honour Retry-After, and a per-vendor rate cap. Bodies are parsed for
// the few identity fields a vendor module reads, then dropped; they are never logged or returned whole.
import dns from 'node:dns/promises';
import net from 'node:net';
import { UsageError } from '../errors.js';
import type { Vendor } from '../types.js';

/** Why a check ended `unknown`. */
export type UnknownReason =
  | 'timeout'
  | 'rate-limited'
  | 'server-error'
  | 'network'
  | 'inconclusive'
  | 'redirect'
  | 'refused';

/** A reply the probe could read: status, headers and the JSON body if there was one. */
export interface Reply {
  ok: true;
  status: number;
  json: unknown;
}

/** A probe that produced no usable reply. */
export interface Failure {
  ok: false;
  reason: UnknownReason;
  status?: number;
}

/** Transport settings shared by all vendors; tests shorten the times. */
export interface HttpOptions {
  /** Per-request timeout. Default 10 s. */
  timeoutMs: number;
  /** Retries after a 429, 5xx, timeout or network error. Default 2. */
  retries: number;
  /** First backoff; doubles each retry. Default 500 ms. */
  backoffMs: number;
  /** A Retry-After longer than this gives up as `rate-limited`. Default 60 s. */
  maxRetryAfterMs: number;
  /** Official origin → test origin. Only honoured with `allowInsecureTestEndpoints`. */
  endpointOverrides: Map<string, string>;
  /** Lets overrides point at http:// and loopback/private addresses (tests, self-hosted emulators). */
  allowInsecureTestEndpoints: boolean;
}

const MAX_BODY = 64 * 1024;

/** Reads the test overrides from the environment: `KEYLINT_VALIDATION_BASE_URL_<VENDOR>` or `KEYLINT_VALIDATION_ENDPOINTS`. */
export function overridesFromEnv(
  env: NodeJS.ProcessEnv,
  origins: Record<Vendor, readonly string[]>,
): Map<string, string> {
  const map = new Map<string, string>();
  for (const [vendor, list] of Object.entries(origins)) {
    const base = env[`KEYLINT_VALIDATION_BASE_URL_${vendor.toUpperCase()}`];
    if (base) for (const origin of list) map.set(origin, base);
  }
  for (const pair of (env.KEYLINT_VALIDATION_ENDPOINTS ?? '').split(',').filter(Boolean)) {
    const at = pair.indexOf('=');
    if (at > 0) map.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  if (map.size > 0 && env.KEYLINT_ALLOW_INSECURE_TEST_ENDPOINTS !== '1') {
    throw new UsageError(
      'validation endpoint overrides need KEYLINT_ALLOW_INSECURE_TEST_ENDPOINTS=1 (they are for tests and self-hosted emulators only)',
    );
  }
  return map;
}

/** A sliding one-minute window: at most `perMinute` requests start in any 60 s. */
export class RateCap {
  private starts: number[] = [];
  constructor(private readonly perMinute: number) {}

  /** Resolves when one more request may start. */
  async take(): Promise<void> {
    for (;;) {
      const now = Date.now();
      this.starts = this.starts.filter((t) => now - t < 60_000);
      if (this.starts.length < this.perMinute) {
        this.starts.push(now);
        return;
      }
      await sleep(60_000 - (now - this.starts[0]!));
    }
  }
}

/** A target: the official origin (what reports name) and the path with its query. */
export interface Target {
  origin: string;
  /** GET unless a configured revoke endpoint says otherwise. */
  method?: 'GET' | 'POST' | 'DELETE';
  path: string;
  headers: Record<string, string>;
}

/**
 * Sends one request (GET by default) to `target.origin` (or its test override) with the key-bearing headers. `allowed` is the
 * vendor's own set of origins: a key can never reach another vendor's host or an arbitrary one.
 */
export async function probe(
  target: Target,
  allowed: ReadonlySet<string>,
  cap: RateCap,
  options: HttpOptions,
): Promise<Reply | Failure> {
  const url = await resolveUrl(target, allowed, options);
  if (!url) return { ok: false, reason: 'refused' };
  let last: Failure = { ok: false, reason: 'network' };
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    await cap.take();
    const result = await once(url, target.method ?? 'GET', target.headers, options.timeoutMs);
    if (result.ok) {
      if (result.status >= 300 && result.status < 400) return { ok: false, reason: 'redirect', status: result.status };
      if (result.status === 429) last = { ok: false, reason: 'rate-limited', status: 429 };
      else if (result.status >= 500) last = { ok: false, reason: 'server-error', status: result.status };
      else return { ok: true, status: result.status, json: result.json };
    } else last = result;
    if (attempt === options.retries) break;
    const wait = result.ok ? retryAfterMs(result.retryAfter, result.rateLimitReset) : undefined;
    if (wait !== undefined && wait > options.maxRetryAfterMs) break;
    await sleep(wait ?? options.backoffMs * 2 ** attempt);
  }
  return last;
}

async function once(
  url: string,
  method: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<(Reply & { retryAfter: string | null; rateLimitReset: string | null }) | Failure> {
  try {
    const response = await fetch(url, { method, headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    const text = await readCapped(response);
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return {
      ok: true,
      status: response.status,
      json,
      retryAfter: response.headers.get('retry-after'),
      rateLimitReset: response.headers.get('x-ratelimit-reset'),
    };
  } catch (error) {
    const name = (error as Error).name;
    return { ok: false, reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network' };
  }
}

async function readCapped(response: Response): Promise<string> {
  if (!response.body) return '';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    chunks.push(Buffer.from(chunk));
    size += chunk.length;
    if (size >= MAX_BODY) break;
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Retry-After (seconds or an HTTP date), else Max AI's X-RateLimit-Reset (a Unix time), in ms. */
function retryAfterMs(value: string | null, reset: string | null): number | undefined {
  if (!value) return reset && /^\d+$/.test(reset.trim()) ? Math.max(0, Number(reset) * 1000 - Date.now()) : undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** The URL to call, or undefined when the safety rules refuse it. */
async function resolveUrl(
  target: Target,
  allowed: ReadonlySet<string>,
  options: HttpOptions,
): Promise<string | undefined> {
  if (!allowed.has(target.origin)) return undefined;
  const override = options.endpointOverrides.get(target.origin);
  if (override !== undefined)
    return options.allowInsecureTestEndpoints ? override.replace(/\/+$/, '') + target.path : undefined;
  const url = new URL(target.path, target.origin);
  if (url.protocol !== 'https:' || url.origin !== target.origin) return undefined;
  if (!options.allowInsecureTestEndpoints && (await isPrivateHost(url.hostname))) return undefined;
  return url.href;
}

/** True when the host is, or resolves to, a loopback, private or link-local address. */
export async function isPrivateHost(hostname: string): Promise<boolean> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (net.isIP(bare)) addresses = [bare];
  else {
    try {
      addresses = (await dns.lookup(bare, { all: true })).map((a) => a.address);
    } catch {
      return false; // An unresolvable host fails later as `network`; nothing is sent.
    }
  }
  return addresses.some(isPrivateAddress);
}

function isPrivateAddress(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (net.isIPv4(v4)) {
    const [a, b] = v4.split('.').map(Number) as [number, number];
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  const lower = address.toLowerCase();
  return (
    lower === '::1' || lower === '::' || lower.startsWith('fc') || lower.startsWith('fd') || lower.startsWith('fe80')
  );
}

/** Promise-based delay. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
