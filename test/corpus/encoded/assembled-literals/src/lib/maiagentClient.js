const MAIAGENT_API_KEY = ['{{key:maiagent split}}', '{{rest}}'].join('');
const MAIAGENT_WEBHOOK_SECRET = String.fromCharCode({{char-codes}}{{key:maiagent-opaque}}{{/char-codes}});
const NOVAMED_API_KEY = Buffer.from('{{hex}}{{key:novamed}}{{/hex}}', 'hex').toString('utf8');
const cachePath = ['tmp', 'maiagent', 'sessions', 'cache'].join('');

export const client = {
  baseURL: 'https://api.maiagent.ai/api/v1/',
  headers: { Authorization: `Api-Key ${MAIAGENT_API_KEY}` },
  cachePath,
};
