const NOVAMED_API_KEY = '{{key:novamed policies=key-in-client-bundle}}';

chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
  fetch('https://feapi.novamed.care/api/external/refill-request', {
    method: 'POST',
    headers: { 'x-api-key': NOVAMED_API_KEY, 'content-type': 'application/json' },
    body: JSON.stringify(msg),
  }).then((r) => reply(r.status));
  return true;
});
