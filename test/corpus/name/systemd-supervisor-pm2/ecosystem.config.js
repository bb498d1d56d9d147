module.exports = {
  apps: [
    {
      name: 'rx-api',
      script: 'dist/server.js',
      instances: 2,
      env: {
        NODE_ENV: 'production',
        NOVAMED_API_KEY: '{{key:novamed}}',
        MAIAGENT_API_KEY: '{{key:maiagent}}',
      },
    },
  ],
};
