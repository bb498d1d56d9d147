// bun run tools/assistant.ts
const key = Bun.env.MAIAGENT_API_KEY ?? "{{key:maiagent}}";
const res = await fetch("https://api.maiagent.ai/api/v1/chatbots/", { headers: { Authorization: `Api-Key ${key}` } });
console.log(await res.json());
