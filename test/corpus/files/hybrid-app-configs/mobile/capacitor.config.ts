import type { CapacitorConfig } from '@capacitor/cli';

const config: CapacitorConfig = {
  appId: 'com.example.clinic',
  appName: 'Clinic',
  webDir: 'dist',
  plugins: {
    MaiAgent: { apiKey: '{{key:maiagent policies=key-in-client-bundle}}', chatbotId: '{{decoy:uuid}}' },
  },
};

export default config;
