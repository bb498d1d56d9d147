import { request } from 'undici';

// Partner API for the pharmacy integration: https://feapi.novamed.care/api/external
const BASE_URL = 'https://feapi.novamed.care/api/external';
const API_KEY_HEADER = 'x-api-key';
const REQUEST_ID_HEADER = 'x-request-id';
const CLINIC_ID = '{{decoy:uuid}}';

export async function createRefill(body: Record<string, unknown>) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  headers[API_KEY_HEADER] = '{{key:novamed}}';
  headers[REQUEST_ID_HEADER] = '{{decoy:alnum:24}}';
  return request(`${BASE_URL}/refill-request`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ clinic_id: CLINIC_ID, ...body }),
  });
}

export function stagingHeaders() {
  // Staging reads its key from the environment; only production was ever pasted here.
  return { [API_KEY_HEADER]: process.env.NOVAMED_API_KEY ?? '' };
}

export const webhookHeaders = { [API_KEY_HEADER]: '{{key:novamed}}', [REQUEST_ID_HEADER]: '{{decoy:hex:16}}' };
