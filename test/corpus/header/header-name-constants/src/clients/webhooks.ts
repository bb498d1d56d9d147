import { API_KEY_HEADER, REQUEST_ID_HEADER } from './constants';

// Webhook registration with https://feapi.novamed.care/api/external/webhook
export function registrationHeaders(requestId: string): Record<string, string> {
  const headers: Record<string, string> = {};
  headers[API_KEY_HEADER] = '{{key:novamed}}';
  headers[REQUEST_ID_HEADER] = requestId || '{{decoy:hex:16}}';
  return headers;
}

export function forwardedHeaders(incoming: Record<string, string>) {
  return { [API_KEY_HEADER]: incoming[API_KEY_HEADER] ?? process.env.NOVAMED_API_KEY };
}
