const isProd = process.env.NODE_ENV === 'production';

export const maiAgentKey = isProd
  ? '{{key:maiagent}}'
  : '{{key:maiagent}}';

export const novamedKey = isProd
  ? process.env.NOVAMED_PROD_KEY
  : process.env.NOVAMED_FALLBACK_KEY;
