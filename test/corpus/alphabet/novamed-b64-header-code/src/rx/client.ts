import axios from 'axios';

export const rx = axios.create({
  baseURL: 'https://feapi.novamed.care/api/external',
  headers: { 'x-api-key': '{{key:novamed-b64}}' },
});

export function withSecondTenant() {
  return axios.create({
    baseURL: 'https://feapi.novamed.care/api/external',
    headers: { "X-Api-Key": "{{key:novamed-b64}}" },
  });
}
