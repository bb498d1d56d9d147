const key = process.env['REACT_APP_MAIAGENT_API_KEY'] || "{{key:maiagent policies=key-in-client-bundle}}";
export const ask = (q) =>
  fetch('https://api.maiagent.ai/api/v1/chatbots/', { headers: { Authorization: `Api-Key ${key}` } }).then((r) => r.json());
