// Server-side MaiAgent client for the FAQ bot (https://api.maiagent.ai).
const MAIAGENT_API_KEY = process.env.MAIAGENT_API_KEY ?? '{{key:maiagent}}';

export async function ask(chatbotId: string, content: string) {
  const res = await fetch(`https://api.maiagent.ai/api/v1/chatbots/${chatbotId}/completions/`, {
    method: 'POST',
    headers: { Authorization: `Api-Key ${MAIAGENT_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ message: { content } }),
  });
  return res.json();
}
