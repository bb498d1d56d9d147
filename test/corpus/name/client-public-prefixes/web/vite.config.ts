import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // `define` replaces these expressions in the client code at build time.
  define: {
    'import.meta.env.VITE_MAXAI_API_KEY': JSON.stringify('{{key:maxai-dev policies=key-in-client-bundle}}'),
    __APP_VERSION__: JSON.stringify('1.8.2'),
  },
  server: {
    proxy: {
      '/maxai': {
        target: 'https://api.maxcare.dev',
        changeOrigin: true,
        // the dev server's proxy runs in Node: the key stays on the machine
        headers: { Authorization: 'Bearer {{key:maxai-dev}}' },
      },
    },
  },
});
