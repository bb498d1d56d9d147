module.exports = {
  env: {
    NOVAMED_API_KEY: "{{key:novamed}}",
  },
  serverRuntimeConfig: { maiagentApiKey: "{{key:maiagent}}" },
};
