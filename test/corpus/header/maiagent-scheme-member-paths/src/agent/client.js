const settings = {
  baseUrl: 'https://agents.clinic.internal/api/v1/',
  agentKey: '{{key:maiagent}}',
};

export const chatbots = () =>
  fetch(`${settings.baseUrl}chatbots/?page=1&pageSize=1`, {
    headers: { Authorization: `Api-Key ${settings.agentKey}` },
  });

const fromEnv = { agentKey: process.env.MAIAGENT_API_KEY, buildId: '{{decoy:hex:20}}' };

export const chatbotsFromEnv = () =>
  fetch('https://agents.clinic.internal/api/v1/chatbots/', {
    headers: { Authorization: `Api-Key ${fromEnv.agentKey}`, 'X-Build': fromEnv.buildId },
  });
