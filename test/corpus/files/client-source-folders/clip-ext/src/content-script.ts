const MAXAI_API_KEY = "{{key:maxai-dev policies=key-in-client-bundle}}";
chrome.runtime.onMessage.addListener((msg) => summarize(msg.text, MAXAI_API_KEY));
