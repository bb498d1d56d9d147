const NOVAMED_BASE_URL = 'https://feapi.novamed.care';
const NOVAMED_API_KEY = process.env.NEXT_PUBLIC_NOVAMED_API_KEY || '{{key:novamed policies=key-in-client-bundle}}';

export const refill = (body: unknown) =>
  fetch(`${NOVAMED_BASE_URL}/api/external/refill-request`, {
    method: 'POST',
    headers: { 'x-api-key': NOVAMED_API_KEY, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
