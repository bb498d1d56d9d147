// MaiAgent client for the support widget (internal deployment)
const BASE = 'https://api.maiagent.ai/api/v1';

export function authHeaders() {
  return {
    Authorization: 'Api-Key ' +
      '{{key:maiagent}}',
    'Content-Type': 'application/json',
  };
}

export const docsHint = 'Authorization: Api-Key ' +
  '<your key>';
