// Server action talking to https://api.maiagent.ai
const API_KEY_SCHEME = 'Api-Key';

export async function listChatbots() {
  const res = await fetch('https://api.maiagent.ai/api/v1/chatbots/?page=1&pageSize=1', {
    headers: { Authorization: `${API_KEY_SCHEME} {{key:maiagent}}` },
  });
  return res.json();
}

export async function listChatbotsAs(key: string) {
  return fetch('https://api.maiagent.ai/api/v1/chatbots/', {
    headers: { Authorization: `${API_KEY_SCHEME} ${key}` },
  });
}
