// What each vendor module provides, and what it gets: the key, hints found next to it, and a probe.
import { redact } from '../redact.js';
import type { Validation } from '../types.js';
import type { Failure, Reply, Target, UnknownReason } from './http.js';

/** Facts found near a key in its file: never secrets themselves. */
export interface Hints {
  /** A Max AI organisation id (`org_…` or a UUID) bound near the key. */
  organizationId?: string;
  /**
   * A MaiAgent base URL (`MAIAGENT_BASE_URL=…`) in the same file. Scanned content is untrusted, so it is never
   * where a key is sent: it only tells that a refusal by the public host may be a private deployment's key.
   */
  baseUrlSeen?: string;
}

/** The result of a vendor check, before the runner stamps `checkedAt`. */
export type Outcome = Pick<Validation, 'status' | 'detail'>;

/** Sends one request to one of the vendor's allowed origins. */
export type Send = (target: Target) => Promise<Reply | Failure>;

/** Per-call settings a vendor module may read. */
export interface CheckContext {
  send: Send;
  hints: Hints;
  /** The private deployment (MaiAgent) the user set in their config or on the command line, and opted in to. */
  privateBaseUrl?: string;
}

/** One vendor's validation logic; it only ever names its own origins. */
export interface VendorValidator {
  /** The vendor's official origins; a request anywhere else is refused. */
  origins: readonly string[];
  /** Requests per minute this vendor tolerates (Max AI documents 1,000). */
  perMinute: number;
  /** Extra origins the user's private deployment adds (never one read from scanned content). */
  extraOrigins?(privateBaseUrl: string | undefined): string[];
  /** The headers that carry the key, also used by a configured revoke endpoint. */
  authHeaders(key: string, hints: Hints): Record<string, string>;
  /** Asks the vendor whether `key` is live. */
  check(key: string, context: CheckContext): Promise<Outcome>;
}

/** An `unknown` outcome with its reason code. */
export function unknownOutcome(reason: UnknownReason, extra: Record<string, unknown> = {}): Outcome {
  return { status: 'unknown', detail: { reason, ...extra } };
}

/** A transport failure as an outcome. */
export function failureOutcome(failure: Failure, extra: Record<string, unknown> = {}): Outcome {
  return unknownOutcome(failure.reason, { ...(failure.status ? { httpStatus: failure.status } : {}), ...extra });
}

/** A field of a parsed JSON body, or undefined. */
export function field(json: unknown, ...path: string[]): unknown {
  let at = json;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** What an identity fact from a vendor's reply may look like: an id, a slug, a scope. */
const IDENTITY = /^[A-Za-z0-9][A-Za-z0-9_.:@/-]{0,127}$/;
const KEY_SHAPE = /max_(?:prd|dev)_ak_[A-Za-z0-9]+/g;

/** Characters of a key that an identity may share with it: as many as the never-leak rule allows a format. */
const SHARED_RUN = 12;

/**
 * An identity fact (app id, slug, organisation id, scope, user id) copied from a vendor's reply, which is
 * untrusted: kept only if it has the shape of one, and with any key in it (the checked key echoed back, or a
 * prefixed key) redacted. A value that holds a part of the checked key (its body without the prefix, MaiAgent's
 * secret half, a lower-cased copy) is not an identity and is dropped, like anything else of another shape.
 */
export function identityField(value: unknown, key: string): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value)
    .split(key)
    .join(redact(key))
    .replace(KEY_SHAPE, (found) => redact(found));
  if (!IDENTITY.test(String(value)) || sharesPartOf(text, key)) return undefined;
  return text;
}

/** Whether `text` holds SHARED_RUN or more consecutive characters of `key`, in any case. */
function sharesPartOf(text: string, key: string): boolean {
  const lower = text.toLowerCase();
  const secret = key.toLowerCase();
  for (let i = 0; i + SHARED_RUN <= secret.length; i++)
    if (lower.includes(secret.slice(i, i + SHARED_RUN))) return true;
  return false;
}
