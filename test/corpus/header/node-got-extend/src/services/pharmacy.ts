import got from 'got';

/** NovaMed medication requests; the dev host is used from the staging cluster. */
export const pharmacy = got.extend({
  prefixUrl: 'https://novamed-feapidev.stackmod.info/api/external',
  responseType: 'json',
  retry: { limit: 2, methods: ['POST'] },
  headers: {
    'user-agent': 'clinic-sync/2.3',
    'X-Api-Key': "{{key:novamed}}",
  },
});

export const createMedicationRequest = (body: object) => pharmacy.post('medication-request', { json: body }).json();
