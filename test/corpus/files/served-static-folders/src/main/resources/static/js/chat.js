const chat = {
  maiagentApiKey: '{{key:maiagent policies=key-in-client-bundle}}',
  chatbotId: '{{decoy:uuid}}',
};
