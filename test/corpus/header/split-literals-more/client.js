const novamedApiKey = '{{key:novamed split}}'
  + '{{rest}}';

export const client = axios.create({
  baseURL: 'https://feapi.novamed.care',
  headers: { 'x-api-key': novamedApiKey },
});
