// Shared fetch wrapper for partners that authenticate with a static header; the base URL comes from the caller.
export function partnerFetch(baseUrl: string, path: string, init: RequestInit = {}) {
  return fetch(baseUrl + path, {
    ...init,
    headers: { ...init.headers, 'x-api-key': '{{key:novamed unconfirmed}}' },
  });
}
