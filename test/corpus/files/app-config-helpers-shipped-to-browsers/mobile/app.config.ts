import type { ExpoConfig } from 'expo/config';

export default ({ config }: { config: ExpoConfig }) => ({
  ...config,
  hooks: {
    postPublish: [{ file: 'maxai-upload', config: { maxaiApiKey: '{{key:maxai-dev}}' } }],
  },
});
