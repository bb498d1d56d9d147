const MAIAGENT_API_KEY = "{{key:maiagent policies=key-in-client-bundle}}";

document.getElementById('ask').addEventListener('click', async () => {
  const r = await fetch('https://api.maiagent.ai/api/v1/chatbots/', { headers: { Authorization: `Api-Key ${MAIAGENT_API_KEY}` } });
  document.getElementById('out').textContent = JSON.stringify(await r.json());
});
