// Practitioner onboarding against https://feapi.novamed.care
export const REQUEST_HEADERS = {
  API_KEY: 'x-api-key',
  CLINIC: 'x-clinic-id',
  TRACE: 'x-trace-id',
} as const;

export function practitionerHeaders(trace: string): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  headers[REQUEST_HEADERS.API_KEY] = '{{key:novamed}}';
  headers[REQUEST_HEADERS.CLINIC] = '{{decoy:uuid}}';
  headers[REQUEST_HEADERS.TRACE] = trace || '{{decoy:alnum:32}}';
  return headers;
}

export function previewHeaders(key: string) {
  return { [REQUEST_HEADERS.API_KEY]: key };
}
