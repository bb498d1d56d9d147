const BASE_URL = 'https://api.maiagent.ai/api/v1/';

export async function listChatbots(): Promise<unknown> {
  const res = await fetch(`${BASE_URL}chatbots/?page=1&pageSize=10`, {
    headers: { Authorization: `Api-Key ${'{{key:maiagent}}'}`, Accept: 'application/json' },
  });
  return res.json();
}
