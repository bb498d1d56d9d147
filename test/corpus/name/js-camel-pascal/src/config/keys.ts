export const config = {
  novamedApiKey: '{{key:novamed}}',
  novaMedApiKey: "{{key:novamed}}",
  maiAgentApiKey: '{{key:maiagent}}',
  maiagentToken: `{{key:maiagent-opaque}}`,
};

export const NovaMedAPIKey = '{{key:novamed}}';
export const MaiAgentApiKey = "{{key:maiagent}}";
