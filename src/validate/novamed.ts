// NovaMed: no read endpoint exists, so a differential probe. A bodiless GET on a write route, first with a
// control key of the same shape, then with the candidate: only a control 401 makes the answer meaningful.
import { randomInt } from 'node:crypto';
import { VENDORS } from '../vendors/index.js';
import { failureOutcome, unknownOutcome, type Outcome, type Send, type VendorValidator } from './vendor.js';

const [PRODUCTION] = VENDORS.novamed.origins.production as [string];
const DEVELOPMENT = VENDORS.novamed.origins.development ?? [];
const PATH = '/api/external/practitioner';

/** The NovaMed validator. */
export const novamed: VendorValidator = {
  origins: [PRODUCTION, ...DEVELOPMENT],
  perMinute: VENDORS.novamed.perMinute,
  authHeaders: (key) => ({ 'x-api-key': key }),
  async check(key, { send }) {
    // Production first; a key production rejects may be a development key, so the dev hosts are asked then.
    const production = await probeHost(send, PRODUCTION, key);
    if (production.status !== 'invalid') return production;
    for (const origin of DEVELOPMENT) {
      const outcome = await probeHost(send, origin, key);
      if (outcome.status !== 'invalid') return outcome;
    }
    return { status: 'invalid', detail: { host: PRODUCTION, alsoRejectedBy: DEVELOPMENT } };
  },
};

async function probeHost(send: Send, origin: string, key: string): Promise<Outcome> {
  const where = {
    host: origin,
    environment: origin === PRODUCTION ? 'production' : 'development',
    probe: 'differential',
  };
  // The control goes first: when it is not refused, the probe cannot tell keys apart and the real key stays home.
  const control = await send({ origin, path: PATH, headers: headers(controlKey(key)) });
  if (!control.ok) return failureOutcome(control, where);
  if (control.status !== 401) return unknownOutcome('inconclusive', { ...where, controlStatus: control.status });
  const candidate = await send({ origin, path: PATH, headers: headers(key) });
  if (!candidate.ok) return failureOutcome(candidate, where);
  if (candidate.status === 401) return { status: 'invalid', detail: where };
  if (candidate.status === 403) return { status: 'valid-limited', detail: { ...where, httpStatus: 403 } };
  return { status: 'valid', detail: { ...where, httpStatus: candidate.status } };
}

function headers(key: string): Record<string, string> {
  return { 'x-api-key': key, Accept: 'application/json' };
}

const CLASSES = ['ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz', '0123456789'];

/** A random key of the same shape: each letter or digit replaced by a random one of its class. */
export function controlKey(key: string): string {
  let out = '';
  for (const ch of key) {
    const set = CLASSES.find((c) => c.includes(ch));
    out += set ? set[randomInt(set.length)] : ch;
  }
  return out === key ? controlKey(key) : out;
}
