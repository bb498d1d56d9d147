const isProd = process.env.NODE_ENV === 'production';

export const novamedHeaders = {
  'content-type': 'application/json',
  'x-api-key': isProd ? '{{key:novamed}}' : 'local-dev-key',
};

export const novamedConfig = {
  novamedApiKey: isProd ? process.env.NOVAMED_API_KEY : undefined,
  traceId: isProd ? '{{decoy:alnum:40}}' : '',
};
