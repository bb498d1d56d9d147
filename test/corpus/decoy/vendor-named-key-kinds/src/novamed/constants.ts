// NovaMed client constants. Only NOVAMED_API_KEY is a credential; the other "keys" are ids of requests,
// cache entries, storage objects and a webhook verification public key.
export const NOVAMED_BASE_URL = "https://feapi.novamed.care";
export const NOVAMED_API_KEY = "{{key:novamed}}";
export const NOVAMED_IDEMPOTENCY_KEY = "{{decoy:alnum:27}}";
export const novamedCacheKey = "{{decoy:alnum:24}}";
export const novamedStorageKey = "{{decoy:alnum:30}}";
export const novamedPublicKey = "{{decoy:b64:64}}";
export const NOVAMED_DEDUPE_KEY = "{{decoy:alnum:30}}";
export const maiagentPublishableKey = "{{decoy:alnum:30}}";
export const maiagentRoutingKey = "{{decoy:alnum:30}}";
export const MAIAGENT_API_KEY = "{{key:maiagent}}";
export const MAIAGENT_BASE_URL = "https://api.maiagent.ai/api/v1/";
