// Max AI: GET /marketplace/me with Bearer and X-Organization-Id; the version prefix is tried /v1, /v3, /v2.
import { randomUUID } from 'node:crypto';
import { VENDORS } from '../vendors/index.js';
import { failureOutcome, field, identityField, unknownOutcome, type Hints, type VendorValidator } from './vendor.js';

const [PRODUCTION] = VENDORS.maxai.origins.production as [string];
const [STAGING] = VENDORS.maxai.origins.staging as [string];
const VERSIONS = ['v1', 'v3', 'v2'];

/** The Max AI validator. */
export const maxai: VendorValidator = {
  origins: [PRODUCTION, STAGING],
  perMinute: VENDORS.maxai.perMinute,
  authHeaders: (key, hints) => ({ Authorization: `Bearer ${key}`, 'X-Organization-Id': organizationFor(hints) }),
  async check(key, { send, hints }) {
    const origin = key.startsWith('max_dev_ak_') ? STAGING : PRODUCTION;
    // Without an org id near the key a random UUID is sent: auth is checked before the organisation.
    const organizationId = organizationFor(hints);
    const where = {
      host: origin,
      environment: origin === STAGING ? 'staging' : 'production',
      organizationGuessed: !hints.organizationId,
    };
    const headers = { Authorization: `Bearer ${key}`, 'X-Organization-Id': organizationId, Accept: 'application/json' };
    for (const version of VERSIONS) {
      const reply = await send({ origin, path: `/${version}/marketplace/me`, headers });
      if (!reply.ok) return failureOutcome(reply, where);
      const code = field(reply.json, 'code');
      const inEnvelope = typeof code === 'string' && typeof field(reply.json, 'message') === 'string';
      // A 404 outside the {code,message,trace_id} envelope means this version has no such route.
      if (reply.status === 404 && !inEnvelope) continue;
      const at = { ...where, apiVersion: version };
      if (reply.status === 200 && code === 'success') {
        return {
          status: 'valid',
          detail: {
            ...at,
            app: {
              id: identityField(field(reply.json, 'data', 'app', 'id'), key),
              slug: identityField(field(reply.json, 'data', 'app', 'slug'), key),
            },
            organizationId: identityField(field(reply.json, 'data', 'organization', 'id'), key),
            scopes: stringArray(field(reply.json, 'data', 'scopes'), key),
          },
        };
      }
      if (reply.status === 401) return { status: 'invalid', detail: at };
      if (reply.status === 403)
        return {
          status: 'valid-limited',
          detail: { ...at, httpStatus: 403, requiredScope: requiredScope(field(reply.json, 'message')) },
        };
      return unknownOutcome('inconclusive', { ...at, httpStatus: reply.status });
    }
    return unknownOutcome('inconclusive', { ...where, httpStatus: 404 });
  },
};

function organizationFor(hints: Hints): string {
  return hints.organizationId ?? randomUUID();
}

/** The scopes of a reply, each checked as an identity fact. */
function stringArray(value: unknown, key: string): string[] {
  return Array.isArray(value) ? value.flatMap((v) => identityField(v, key) ?? []) : [];
}

/** `read:marketplace` from "Insufficient scope. Required: read:marketplace"; nothing else of the message is kept. */
function requiredScope(message: unknown): string | undefined {
  return typeof message === 'string' ? /Required:\s*([a-z_]+:[a-z_]+)/i.exec(message)?.[1] : undefined;
}
