export const environment = {
  production: false,
  novamed: {
    baseUrl: 'https://feapi.novamed.care',
    novamedApiKey: '{{key:novamed policies=prod-key-in-dev-config,key-in-client-bundle}}',
  },
};
