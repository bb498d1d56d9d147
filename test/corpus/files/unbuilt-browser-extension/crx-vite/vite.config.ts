import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json';

const MAIAGENT_API_KEY = '{{key:maiagent}}';

export default defineConfig({ plugins: [crx({ manifest })], server: { proxy: { '/bots': { target: 'https://api.maiagent.ai', headers: { Authorization: `Api-Key ${MAIAGENT_API_KEY}` } } } } });
