/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  env: {
    NOVAMED_BASE_URL: 'https://feapi.novamed.care',
    NOVAMED_API_KEY: '{{key:novamed policies=key-in-client-bundle}}',
  },
  publicRuntimeConfig: {
    maxaiApiKey: '{{key:maxai-dev policies=key-in-client-bundle}}',
  },
  serverRuntimeConfig: {
    maiagentApiKey: process.env.MAIAGENT_API_KEY || '{{key:maiagent}}',
  },
};

module.exports = nextConfig;
