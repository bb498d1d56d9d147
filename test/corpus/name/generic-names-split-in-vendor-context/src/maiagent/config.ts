// MaiAgent chatbot client (https://api.maiagent.ai/api/v1/)
export const MAIAGENT = {
  baseUrl: 'https://api.maiagent.ai/api/v1/',
  apiKey: '{{key:maiagent split}}' +
    '{{rest}}',
};
