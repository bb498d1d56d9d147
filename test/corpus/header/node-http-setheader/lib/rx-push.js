'use strict';

const https = require('node:https');

function push(body) {
  const req = https.request('https://feapi.novamed.care/api/external/medication-request', { method: 'POST' });
  req.setHeader('content-type', 'application/json');
  req.setHeader('x-api-key', '{{key:novamed}}');
  req.end(JSON.stringify(body));
  return req;
}

module.exports = { push };
