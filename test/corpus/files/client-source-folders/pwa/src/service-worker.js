/* eslint-disable no-restricted-globals */
const MAXAI_API = 'https://api.maxcare.ai/v1';
const MAXAI_KEY = '{{key:maxai-prd policies=key-in-client-bundle}}';

self.addEventListener('push', (event) => {
  const data = event.data.json();
  event.waitUntil(
    fetch(`${MAXAI_API}/notifications/${data.id}`, {
      headers: { Authorization: `Bearer ${MAXAI_KEY}`, 'X-Organization-Id': 'org_{{decoy:alnum:6}}' },
    }).then((r) => r.json()).then((n) => self.registration.showNotification(n.title)),
  );
});
