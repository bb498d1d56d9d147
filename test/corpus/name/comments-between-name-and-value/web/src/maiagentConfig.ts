export const maiagentConfig = {
  baseUrl: 'https://api.maiagent.ai/api/v1/',
  /** MaiAgent key for the triage bot. */
  apiKey: /* prod */ '{{key:maiagent}}',
  chatbotId: /* triage */ '{{decoy:uuid}}',
};

export const emptyConfig = {
  apiKey: '', // filled at runtime
  webhookSignature: '{{decoy:hex:32}}',
};
