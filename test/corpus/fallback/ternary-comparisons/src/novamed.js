// NovaMed keys per deployment; production reads from the environment when it can.
export const NOVAMED_API_KEY =
  process.env.NODE_ENV === 'production' ? '{{key:novamed}}' : '{{key:novamed}}';

export const novamed = {
  baseUrl: 'https://feapi.novamed.care',
  apiKey: process.env.APP_ENV !== 'local' ? '{{key:novamed}}' : '',
};
