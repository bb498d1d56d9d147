/* browser extension bundle (webpack 5) */
(() => {
  const MAXAI_API_KEY = "{{key:maxai-prd policies=key-in-client-bundle}}";
  const MAXAI_API_URL = "https://api.maxcare.ai/v1";
  chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
    fetch(`${MAXAI_API_URL}/patients/${msg.id}`, { headers: { Authorization: `Bearer ${MAXAI_API_KEY}` } })
      .then((r) => r.json())
      .then(reply);
    return true;
  });
})();
