import axios from 'axios';

const config = {
  baseUrl: 'https://feapi.novamed.care',
  apiKey: '{{key:novamed}}',
  requestSource: '{{decoy:alnum:24}}',
};

export function listPractitioners() {
  return axios.get(`${config.baseUrl}/api/external/practitioner`, {
    headers: { 'x-api-key': config.apiKey, 'x-request-source': config.requestSource },
  });
}

const fromEnv = { apiKey: process.env.NOVAMED_API_KEY, traceId: '{{decoy:alnum:40}}' };

export function listPatients() {
  return axios.get('https://feapi.novamed.care/api/external/patient', {
    headers: { 'x-api-key': fromEnv.apiKey, 'x-trace-id': fromEnv.traceId },
  });
}

export function refill(env: NodeJS.ProcessEnv) {
  return axios.post('https://feapi.novamed.care/api/external/refill-request', {}, {
    headers: { 'x-api-key': process.env.NOVAMED_API_KEY },
  });
}
