// Runs the opt-in live checks over a scan's findings: one request chain per distinct key (single-flight),
// bounded concurrency, a rate cap per vendor, and the result copied onto every finding of that key.
import { createHash } from 'node:crypto';
import type { Finding, SecretVault, Validation, Vendor } from '../types.js';
import { occurrenceOf } from './hints.js';
import { RateCap, overridesFromEnv, probe, type HttpOptions } from './http.js';
import { maiagent } from './maiagent.js';
import { maxai } from './maxai.js';
import { novamed } from './novamed.js';
import { unknownOutcome, type Hints, type VendorValidator } from './vendor.js';

/** The validator of each vendor. */
export const VALIDATORS: Record<Vendor, VendorValidator> = { maxai, novamed, maiagent };

/** Options of a validation run; everything has a safe default. */
export interface ValidateOptions extends Partial<HttpOptions> {
  /** Keys checked at once. Default 4. */
  concurrency?: number;
  /**
   * A MaiAgent private deployment to validate MaiAgent keys at instead of the public host: from the user's config
   * or command line only (the caller checks the opt-in), never from scanned content.
   */
  maiagentBaseUrl?: string;
  /** Hints by occurrence (`occurrenceOf`): org ids, base URLs found near the key. */
  hints?: Map<string, Hints>;
  /** Environment for the test overrides; default `process.env`. */
  env?: NodeJS.ProcessEnv;
}

/** Full HTTP settings from options, the environment and the defaults. */
export function httpOptions(options: ValidateOptions): HttpOptions {
  const env = options.env ?? process.env;
  const origins = Object.fromEntries(Object.entries(VALIDATORS).map(([v, x]) => [v, x.origins])) as Record<
    Vendor,
    readonly string[]
  >;
  return {
    timeoutMs: options.timeoutMs ?? 10_000,
    retries: options.retries ?? 2,
    backoffMs: options.backoffMs ?? 500,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
    endpointOverrides: options.endpointOverrides ?? overridesFromEnv(env, origins),
    allowInsecureTestEndpoints: options.allowInsecureTestEndpoints ?? env.KEYLINT_ALLOW_INSECURE_TEST_ENDPOINTS === '1',
  };
}

/** Sets `validation` on every vendor finding whose raw secret is in the vault; returns the findings. */
export async function validateFindings(
  findings: Finding[],
  secrets: SecretVault,
  options: ValidateOptions = {},
): Promise<Finding[]> {
  const http = httpOptions(options);
  const caps = new Map<Vendor, RateCap>();
  const flights = new Map<string, Promise<Validation>>();
  const queue: Array<() => void> = [];
  let running = 0;
  const limit = options.concurrency ?? 4;
  const slot = async <T>(work: () => Promise<T>): Promise<T> => {
    // A finishing task hands its slot straight to the next waiter, so the limit is never exceeded.
    if (running >= limit) await new Promise<void>((resolve) => queue.push(resolve));
    else running++;
    try {
      return await work();
    } finally {
      const next = queue.shift();
      if (next) next();
      else running--;
    }
  };

  const check = (vendor: Vendor, key: string, hints: Hints): Promise<Validation> => {
    const validator = VALIDATORS[vendor];
    const privateBaseUrl = options.maiagentBaseUrl;
    const allowed = new Set([...validator.origins, ...(validator.extraOrigins?.(privateBaseUrl) ?? [])]);
    if (!caps.has(vendor)) caps.set(vendor, new RateCap(validator.perMinute));
    const cap = caps.get(vendor)!;
    return slot(async () => {
      // One key's unexpected failure must not end the others' checks; its message may not be shown (it could quote the key).
      const outcome = await validator
        .check(key, { send: (target) => probe(target, allowed, cap, http), hints, privateBaseUrl })
        .catch(() => unknownOutcome('network', { cause: 'unexpected-error' }));
      return { ...outcome, checkedAt: new Date().toISOString() };
    });
  };

  // A key goes to a vendor only when some finding of it confirms that vendor (its shape, its name, or vendor
  // context): an x-api-key of an unnamed API or an internal Django Api-Key is nobody's to ask.
  const confirmed = new Set<string>();
  for (const finding of findings) {
    const key = finding.kind === 'secret' ? secrets.get(finding.fingerprint) : undefined;
    if (key !== undefined && finding.vendorConfirmed !== false) confirmed.add(`${finding.vendor}\0${key}`);
  }
  await Promise.all(
    findings.map(async (finding) => {
      if (!finding.vendor || (finding.kind !== 'secret' && finding.kind !== 'policy')) return;
      const key = secrets.get(finding.fingerprint);
      const unknown = (reason: 'inconclusive' | 'vendor-unconfirmed', extra: Record<string, unknown> = {}) => {
        finding.validation = { ...unknownOutcome(reason, extra), checkedAt: new Date().toISOString() };
      };
      if (key === undefined) return unknown('inconclusive', { cause: 'secret-not-recovered' });
      if (!confirmed.has(`${finding.vendor}\0${key}`)) return unknown('vendor-unconfirmed');
      // Keyed by a hash of vendor, key and hints: every finding of the same key with the same hints (an
      // organisation id, a base URL) shares one request chain; other hints are another question to ask.
      const hints = options.hints?.get(occurrenceOf(finding)) ?? {};
      const id = createHash('sha256')
        .update(`${finding.vendor}\0${key}\0${JSON.stringify(hints)}`)
        .digest('hex');
      let flight = flights.get(id);
      if (!flight) {
        flight = check(finding.vendor, key, hints);
        flights.set(id, flight);
      }
      finding.validation = await flight;
    }),
  );
  return findings;
}
