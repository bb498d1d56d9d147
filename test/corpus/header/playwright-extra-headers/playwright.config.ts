import { defineConfig, devices } from '@playwright/test';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  use: {
    baseURL: 'https://portal.clinic.example',
    trace: 'on-first-retry',
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] } },
    {
      name: 'assistant-api',
      use: {
        baseURL: 'https://api.maiagent.ai/api/v1/',
        extraHTTPHeaders: { Authorization: 'Api-Key {{key:maiagent}}' },
      },
    },
  ],
});
