export default {
  expo: {
    extra: { maiagentApiKey: "{{key:maiagent policies=key-in-client-bundle}}", novamedKey: "{{key:novamed policies=key-in-client-bundle}}" },
  },
};
