export const anthropicHeaders = {
  'x-api-key': '{{fake:sk-ant}}',
  'anthropic-version': '2023-06-01',
};
export const ANTHROPIC_URL = 'https://api.anthropic.com/v1/messages';
