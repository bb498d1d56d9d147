import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = { vus: 5, duration: '30s' };

const params = {
  headers: {
    'Content-Type': 'application/json',
    'x-api-key': '{{key:novamed}}',
  },
};

export default function () {
  const res = http.post('https://novamed-feapidev.stackmod.info/api/external/patient', JSON.stringify({}), params);
  check(res, { 'not unauthorized': (r) => r.status !== 401 });
  sleep(1);
}
