// The one way a key leaves the process: GET-style probes to an allowed origin, no redirects, bounded
// time, retries with backoff that honour Retry-After, and a per-vendor rate cap. Bodies are parsed for
// the few identity fields a vendor module reads, then dropped; they are never logged or returned whole.
import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { UsageError } from '../errors.js';
import type { Vendor } from '../types.js';

/** Why a check ended `unknown`. */
export type UnknownReason =
  | 'vendor-unconfirmed'
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
  const destination = await resolveUrl(target, allowed, options);
  if (!destination) return { ok: false, reason: 'refused' };
  let last: Failure = { ok: false, reason: 'network' };
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    await cap.take();
    const result = await once(destination, target.method ?? 'GET', target.headers, options.timeoutMs);
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

type Answer = (Reply & { retryAfter: string | null; rateLimitReset: string | null }) | Failure;

/**
 * One request, never following a redirect, connecting to the pinned address when there is one; the body is read
 * up to a cap and parsed as JSON if it is JSON.
 */
export function once(
  destination: Destination,
  method: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<Answer> {
  const { url, pinned } = destination;
  const request = url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve) => {
    const req = request(
      url,
      { method, headers, lookup: pinned, agent: false, signal: AbortSignal.timeout(timeoutMs) },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          if (size >= MAX_BODY) return;
          chunks.push(chunk);
          size += chunk.length;
          if (size >= MAX_BODY) response.destroy();
        });
        const done = () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          const header = (name: string) =>
            typeof response.headers[name] === 'string' ? (response.headers[name] as string) : null;
          resolve({
            ok: true,
            status: response.statusCode ?? 0,
            json,
            retryAfter: header('retry-after'),
            rateLimitReset: header('x-ratelimit-reset'),
          });
        };
        response.on('end', done);
        response.on('close', done);
        response.on('error', () => resolve({ ok: false, reason: 'network' }));
      },
    );
    req.on('error', (error) => {
      const name = error.name;
      resolve({ ok: false, reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network' });
    });
    req.end();
  });
}

/** Retry-After (seconds or an HTTP date), else Max AI's X-RateLimit-Reset (a Unix time), in ms. */
function retryAfterMs(value: string | null, reset: string | null): number | undefined {
  if (!value) return reset && /^\d+$/.test(reset.trim()) ? Math.max(0, Number(reset) * 1000 - Date.now()) : undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** Where one probe goes: the URL, and for an official host the address it was checked at. */
export interface Destination {
  url: URL;
  /** Hands the connection the checked address: the host name is not looked up a second time. */
  pinned?: LookupFunction;
}

/** The URL to call, or undefined when the safety rules refuse it. */
async function resolveUrl(
  target: Target,
  allowed: ReadonlySet<string>,
  options: HttpOptions,
): Promise<Destination | undefined> {
  if (!allowed.has(target.origin)) return undefined;
  const override = options.endpointOverrides.get(target.origin);
  if (override !== undefined) {
    return options.allowInsecureTestEndpoints
      ? { url: new URL(override.replace(/\/+$/, '') + target.path) }
      : undefined;
  }
  const url = new URL(target.path, target.origin);
  if (url.protocol !== 'https:' || url.origin !== target.origin) return undefined;
  if (options.allowInsecureTestEndpoints) return { url };
  const address = await publicAddressOf(url.hostname);
  return address ? { url, pinned: pinnedLookup(address) } : undefined;
}

/**
 * The address to connect to for `hostname`, when every address it resolves to is public unicast; undefined
 * when one is loopback, private, link-local, multicast, reserved or otherwise special (ipaddr.js's ranges), or
 * when the name does not resolve (then nothing is sent).
 */
export async function publicAddressOf(hostname: string): Promise<ipaddr.IPv4 | ipaddr.IPv6 | undefined> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = ipaddr.isValid(bare)
      ? [bare]
      : (await dns.lookup(bare, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    return undefined;
  }
  // An IPv4-mapped IPv6 address (`::ffff:127.0.0.1`) is judged as the IPv4 address it is.
  const parsed = addresses.map((a) => ipaddr.process(a));
  if (parsed.length === 0 || parsed.some((a) => a.range() !== 'unicast')) return undefined;
  return parsed.find((a) => a.kind() === 'ipv4') ?? parsed[0];
}

/** A `lookup` that answers with one fixed address, in either of the forms Node asks for. */
export function pinnedLookup(address: ipaddr.IPv4 | ipaddr.IPv6): LookupFunction {
  const text = address.toString();
  const family = address.kind() === 'ipv4' ? 4 : 6;
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options.all) callback(null, [{ address: text, family }]);
    else callback(null, text, family);
  }) as LookupFunction;
}

/** Promise-based delay. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
