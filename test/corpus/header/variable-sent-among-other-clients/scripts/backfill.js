#!/usr/bin/env node
const { WebClient } = require('@slack/web-api');

const slack = new WebClient(process.env.SLACK_TOKEN);
const KEY = '{{key:novamed}}';

async function main() {
  const res = await fetch('https://feapi.novamed.care/api/external/patient', { method: 'POST', headers: { 'x-api-key': KEY } });
  await slack.chat.postMessage({ channel: '#ops', text: `backfill ${res.status}` });
}
main();
