#!/usr/bin/env node
const { program } = require('commander');

program
  .option('--novamed-api-key <key>', 'NovaMed partner key', '{{key:novamed}}')
  .option('--maiagent-api-key <key>', 'MaiAgent key', '{{key:maiagent}}')
  .parse();
