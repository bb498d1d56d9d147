import { createClient } from '@hey-api/client-fetch';
import ky from 'ky';

// Generated SDK for https://feapi.novamed.care/api/external
export const client = createClient({
  baseUrl: 'https://feapi.novamed.care/api/external',
  commonHeaders: {
    'X-Api-Key': '{{key:novamed}}',
    'X-Request-Source': 'portal',
  },
});

export const uploads = ky.create({
  prefixUrl: 'https://feapi.novamed.care/api/external',
  headers: new Headers([['x-api-key', process.env.NOVAMED_API_KEY ?? '']]),
});

export const reports = new ReportsApi({
  basePath: 'https://feapi.novamed.care/api/external',
  defaultHeaders: { 'x-api-key': '{{key:novamed}}', 'x-correlation-id': '{{decoy:uuid}}' },
});
