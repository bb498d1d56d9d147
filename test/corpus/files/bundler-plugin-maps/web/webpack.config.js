const path = require('node:path');
const webpack = require('webpack');

module.exports = {
  entry: './src/index.js',
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash].js' },
  plugins: [
    new webpack.DefinePlugin({
      __MAXAI_KEY__: JSON.stringify('{{key:maxai-dev policies=key-in-client-bundle}}'),
      __BUILD_ID__: JSON.stringify('{{decoy:hex:20}}'),
    }),
    new webpack.EnvironmentPlugin({
      NODE_ENV: 'development',
      NOVAMED_API_KEY: '{{key:novamed policies=key-in-client-bundle}}',
    }),
    new webpack.EnvironmentPlugin({ MAIAGENT_API_KEY: '{{key:maiagent policies=key-in-client-bundle}}' }),
  ],
  devServer: {
    proxy: [
      {
        context: ['/maxai'],
        target: 'https://api.maxcare.dev',
        headers: { Authorization: 'Bearer {{key:maxai-dev}}' },
      },
    ],
  },
};
