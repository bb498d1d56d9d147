export const environment = {
  production: true,
  maxai: {
    apiUrl: 'https://api.maxcare.ai/v1',
    apiKey: '{{key:maxai-prd policies=key-in-client-bundle}}',
  },
};
