window.__CONFIG__ = {
  apiBase: "/api",
  maxaiKey: "{{key:maxai-dev policies=key-in-client-bundle}}",
};
