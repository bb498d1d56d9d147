// Thin wrapper over the MaiAgent REST API used by the support widget backend.
const BASE = 'https://api.maiagent.ai/api/v1';

function buildHeaders() {
  const headers = new Headers();
  headers.set('Authorization', 'Api-Key {{key:maiagent}}');
  headers.set('Content-Type', 'application/json');
  return headers;
}

export async function listChatbots(page = 1) {
  const res = await fetch(`${BASE}/chatbots/?page=${page}&pageSize=20`, { headers: buildHeaders() });
  if (!res.ok) throw new Error(`maiagent: ${res.status}`);
  return res.json();
}

export async function sendMessage(chatbotId, conversationId, content) {
  const headers = buildHeaders();
  headers.append('X-Request-Source', 'support-widget');
  const res = await fetch(`${BASE}/chatbots/${chatbotId}/completions/`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ conversation: conversationId, message: { content } }),
  });
  return res.json();
}
