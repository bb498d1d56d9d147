// MaiAgent: `Authorization: Api-Key <key>`; the current user, then the chatbot list. Response bodies hold
// `apiKeys`, so only the user id is read from them. A private deployment is asked only when the user set its
// base URL (config or flag) and opted in; a base URL in scanned content is never asked.
import { VENDORS } from '../vendors/index.js';
import { failureOutcome, field, identityField, unknownOutcome, type VendorValidator } from './vendor.js';

const [OFFICIAL] = VENDORS.maiagent.origins.production as [string];
const USER = '/api/v1/users/current/';
const CHATBOTS = '/api/v1/chatbots/?page=1&pageSize=1';

/** The MaiAgent validator. */
export const maiagent: VendorValidator = {
  origins: [OFFICIAL],
  perMinute: VENDORS.maiagent.perMinute,
  extraOrigins: (privateBaseUrl) => {
    const origin = privateBaseUrl === undefined ? undefined : privateOrigin(privateBaseUrl);
    return origin ? [origin] : [];
  },
  authHeaders: (key) => ({ Authorization: `Api-Key ${key}` }),
  async check(key, { send, hints, privateBaseUrl }) {
    const own = privateBaseUrl === undefined ? undefined : privateOrigin(privateBaseUrl);
    const origin = own ?? OFFICIAL;
    const where = { host: origin, ...(own ? { privateBaseUrl: own } : {}) };
    const headers = { Authorization: `Api-Key ${key}`, Accept: 'application/json' };
    const user = await send({ origin, path: USER, headers });
    if (!user.ok) return failureOutcome(user, where);
    if (user.status === 200)
      return { status: 'valid', detail: { ...where, userId: identityField(field(user.json, 'id'), key) } };
    const chatbots = await send({ origin, path: CHATBOTS, headers });
    if (!chatbots.ok) return failureOutcome(chatbots, where);
    const refused = (status: number) => status === 401 || status === 403;
    if (chatbots.status === 200)
      return {
        status: refused(user.status) ? 'valid-limited' : 'valid',
        detail: { ...where, checkedWith: 'chatbots' },
      };
    if (refused(chatbots.status)) {
      // A key of a private deployment is unknown to the public host: not proof that it is dead.
      if (hints.baseUrlSeen && !own)
        return unknownOutcome('inconclusive', {
          ...where,
          privateBaseUrlSeen: safeOrigin(hints.baseUrlSeen),
          hint: 'if that deployment is yours, rerun with --maiagent-base-url <its URL>',
        });
      return { status: 'invalid', detail: where };
    }
    return unknownOutcome('inconclusive', { ...where, httpStatus: chatbots.status });
  },
};

/** The https origin of a private deployment URL; paths such as `/api` are dropped (routes are absolute). */
function privateOrigin(baseUrl: string): string | undefined {
  const origin = safeOrigin(baseUrl);
  return origin?.startsWith('https://') ? origin : undefined;
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
