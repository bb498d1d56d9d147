import { defineConfig } from 'vite';

// Build config, not a test or dev config: no policy for a key here (it is still a finding).
const MAXAI_API_KEY = '{{key:maxai-prd}}';

export default defineConfig({ server: { proxy: { '/maxai': { target: 'https://api.maxcare.ai', headers: { Authorization: `Bearer ${MAXAI_API_KEY}` } } } } });
