import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './e2e',
  use: {
    baseURL: 'http://localhost:3000',
    extraHTTPHeaders: {
      // a runner's config is not one of the test configs the policy names (only its env files are)
      'x-api-key': '{{key:novamed}}',
    },
  },
  metadata: { novamed: 'https://feapi.novamed.care' },
});
