const convict = require('convict');
const { cleanEnv, str, url } = require('envalid');
const env = require('env-var');
const { z } = require('zod');

const config = convict({
  novamed: {
    apiKey: {
      doc: 'NovaMed partner key',
      format: String,
      default: '{{key:novamed}}',
      env: 'NOVAMED_API_KEY',
      sensitive: true,
    },
    baseUrl: { format: 'url', default: 'https://feapi.novamed.care', env: 'NOVAMED_BASE_URL' },
  },
});

const checked = cleanEnv(process.env, {
  MAIAGENT_API_KEY: str({ default: '{{key:maiagent}}' }),
  NOVAMED_BASE_URL: url({ default: 'https://feapi.novamed.care' }),
});

const webhookSecret = env.get('NOVAMED_WEBHOOK_SECRET').default('{{key:novamed}}').asString();

const Env = z.object({
  NOVAMED_API_KEY: z.string().default('{{key:novamed}}'),
});

module.exports = { config, checked, webhookSecret, Env };
