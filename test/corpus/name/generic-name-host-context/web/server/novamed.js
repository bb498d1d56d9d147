// NovaMed pharmacy integration (dev host until go-live: https://novamed-feapidev.stackmod.info)
const apiKey = '{{key:novamed}}';
const apiToken = "{{key:novamed}}";

export async function createPractitioner(body) {
  return fetch('https://novamed-feapidev.stackmod.info/api/external/practitioner', {
    method: 'POST',
    headers: { 'x-api-key': apiKey, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}
