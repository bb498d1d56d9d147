module.exports = {
  apps: [
    {
      name: 'refill-sync',
      script: './dist/worker.js',
      instances: 2,
      env: {
        NODE_ENV: 'development',
        MAXAI_API_URL: 'https://api.maxcare.ai/v1',
      },
      env_staging: {
        NODE_ENV: 'staging',
        MAXAI_API_KEY: '{{key:maxai-prd policies=prod-key-in-dev-config}}',
      },
      env_production: {
        NODE_ENV: 'production',
        MAXAI_API_KEY: '{{key:maxai-prd}}',
      },
    },
  ],
};
