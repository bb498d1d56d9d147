module.exports = {
  apps: [
    {
      name: 'clinic-api',
      script: 'dist/server.js',
      env: {
        NODE_ENV: 'development',
        PORT: 3000,
        MAXAI_API_KEY: '{{key:maxai-prd policies=prod-key-in-dev-config}}',
        MAXAI_ORG_ID: 'org_abc123',
      },
      env_production: {
        NODE_ENV: 'production',
        MAXAI_API_KEY: '{{key:maxai-prd}}',
      },
    },
  ],
};
