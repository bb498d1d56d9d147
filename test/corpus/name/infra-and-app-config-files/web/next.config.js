module.exports = {
  env: {
    NOVAMED_API_KEY: "{{key:novamed policies=key-in-client-bundle}}",
  },
  serverRuntimeConfig: { maiagentApiKey: "{{key:maiagent}}" },
};
