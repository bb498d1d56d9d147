const { cleanEnv, str, url, port } = require('envalid');

module.exports = cleanEnv(process.env, {
  PORT: port({ default: 8080 }),
  NOVAMED_BASE_URL: url({ default: 'https://feapi.novamed.care' }),
  NOVAMED_API_KEY: str({ devDefault: '{{key:novamed}}' }),
  MAIAGENT_API_KEY: str({ desc: 'MaiAgent key', devDefault: '{{key:maiagent}}' }),
  SESSION_SECRET: str({ devDefault: '{{decoy:alnum:24}}' }),
});
