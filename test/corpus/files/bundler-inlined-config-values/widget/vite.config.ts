import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  return {
    plugins: [react()],
    define: {
      __MAIAGENT_API_KEY__: JSON.stringify('{{key:maiagent policies=key-in-client-bundle}}'),
      'process.env.NOVAMED_API_KEY': JSON.stringify(env.NOVAMED_API_KEY || '{{key:novamed policies=key-in-client-bundle}}'),
      __BUILD_ID__: JSON.stringify('{{decoy:hex:20}}'),
    },
    server: {
      proxy: {
        '/maxai': {
          target: 'https://api.maxcare.ai',
          changeOrigin: true,
          headers: { Authorization: 'Bearer {{key:maxai-dev}}', 'X-Organization-Id': 'org_abc123' },
        },
      },
    },
    test: {
      env: { MAIAGENT_API_KEY: '{{key:maiagent policies=prod-key-in-dev-config}}', MAIAGENT_BASE_URL: 'https://api.maiagent.ai/api/v1/' },
    },
  };
});
