const fetch = require('node-fetch');

// NovaMed production; the dev host is https://novamed-feapidev.stackmod.info
const BASE = 'https://feapi.novamed.care/api/external';
const API_KEY = process.env.API_KEY || '{{key:novamed}}';

async function createRefill(body) {
  const res = await fetch(`${BASE}/refill-request`, {
    method: 'POST',
    headers: { 'x-api-key': API_KEY, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return res.json();
}

module.exports = { createRefill };
