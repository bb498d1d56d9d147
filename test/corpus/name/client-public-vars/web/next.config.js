/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  env: {
    NEXT_PUBLIC_MAXAI_KEY: '{{key:maxai-prd policies=key-in-client-bundle}}',
    NEXT_PUBLIC_NOVAMED_API_KEY: '{{key:novamed policies=key-in-client-bundle}}',
  },
};
