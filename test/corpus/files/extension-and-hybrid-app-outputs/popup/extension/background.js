const MAXAI_KEY = "{{key:maxai-dev policies=key-in-client-bundle}}";
chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
  fetch("https://api.maxcare.dev/v1/patients", { headers: { Authorization: `Bearer ${MAXAI_KEY}`, "X-Organization-Id": msg.org } }).then((r) => r.json()).then(reply);
  return true;
});
