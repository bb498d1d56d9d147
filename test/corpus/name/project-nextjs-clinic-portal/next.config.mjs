/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  env: { MAXAI_API_URL: process.env.MAXAI_API_URL },
  images: { remotePatterns: [{ protocol: 'https', hostname: 'cdn.maxcare.ai' }] },
};

export default nextConfig;
