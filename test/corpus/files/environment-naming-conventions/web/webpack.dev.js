const webpack = require('webpack');
const { merge } = require('webpack-merge');
const common = require('./webpack.common.js');

module.exports = merge(common, {
  mode: 'development',
  devtool: 'inline-source-map',
  plugins: [
    new webpack.DefinePlugin({
      'process.env.MAXAI_API_KEY': JSON.stringify('{{key:maxai-prd policies=key-in-client-bundle,prod-key-in-dev-config}}'),
    }),
  ],
});
