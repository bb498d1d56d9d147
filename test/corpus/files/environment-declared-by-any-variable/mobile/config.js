module.exports = {
  clinic: {
    appEnv: 'development',
    maxaiApiKey: '{{key:maxai-prd policies=prod-key-in-dev-config}}',
  },
  store: {
    appEnv: 'production',
    maxaiApiKey: '{{key:maxai-prd}}',
  },
};
