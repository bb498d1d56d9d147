import axios from 'axios';

export const maiagent = axios.create({ baseURL: 'https://api.maiagent.ai/api/v1/' });
export const novamed = axios.create({ baseURL: 'https://feapi.novamed.care/api/external/' });

maiagent.interceptors.request.use((config) => {
  config.headers.Authorization = 'Api-Key {{key:maiagent}}';
  return config;
});

novamed.interceptors.request.use((config) => {
  config.headers['X-API-KEY'] = '{{key:novamed}}';
  return config;
});

novamed.interceptors.request.use((config) => {
  config.headers.set('x-api-key', '{{key:novamed}}');
  return config;
});
