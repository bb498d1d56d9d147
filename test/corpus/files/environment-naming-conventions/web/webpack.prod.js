const webpack = require('webpack');
const { merge } = require('webpack-merge');
const common = require('./webpack.common.js');

module.exports = merge(common, {
  mode: 'production',
  plugins: [new webpack.DefinePlugin({ 'process.env.MAIAGENT_API_KEY': JSON.stringify('{{key:maiagent policies=key-in-client-bundle}}') })],
});
