// This file can be replaced during build by using the `fileReplacements` array.
// `ng build` replaces `environment.ts` with `environment.prod.ts`.
export const environment = {
  production: false,
  maxai: {
    apiUrl: 'https://api.maxcare.ai/v1',
    apiKey: '{{key:maxai-prd policies=prod-key-in-dev-config,key-in-client-bundle}}',
  },
};
