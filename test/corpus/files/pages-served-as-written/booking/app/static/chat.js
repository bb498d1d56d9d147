const MAIAGENT_API_KEY = '{{key:maiagent policies=key-in-client-bundle}}';

async function ask(question) {
  const res = await fetch('https://api.maiagent.ai/api/v1/chatbots/', { headers: { Authorization: `Api-Key ${MAIAGENT_API_KEY}` } });
  return res.json();
}
