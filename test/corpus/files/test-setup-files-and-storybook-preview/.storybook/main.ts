import type { StorybookConfig } from '@storybook/react-vite';

// The Node side of Storybook: its config is not shipped to the browser.
const maxaiStagingKey = '{{key:maxai-dev}}';

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.tsx'],
  framework: '@storybook/react-vite',
  env: (config) => ({ ...config, MAXAI_KEY_HINT: maxaiStagingKey.slice(0, 4) }),
};
export default config;
