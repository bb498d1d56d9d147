// Our own reporting service (basic auth) and NovaMed (x-api-key from the vault): https://feapi.novamed.care
export const reportingHeaders = { Authorization: 'Basic {{decoy:b64:24}}' };
export const traceHeaders = { 'x-request-id': '{{decoy:uuid}}', 'x-correlation-id': '{{decoy:hex:32}}' };
export const missingKeyError = (clinicId: string) => new Error(`x-api-key header missing for clinic ${clinicId}`);
export const FAKE_NOVAMED_KEY = 'fake-novamed-key-0001-for-unit-specs';
