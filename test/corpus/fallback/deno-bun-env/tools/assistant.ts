// bun run tools/assistant.ts "question"
const key = Bun.env.MAIAGENT_API_KEY ?? "{{key:maiagent}}";
const chatbot = Bun.env.MAIAGENT_CHATBOT_ID ?? "";
const question = Bun.argv[2] ?? "What are the clinic opening hours?";

const res = await fetch(`https://api.maiagent.ai/api/v1/chatbots/${chatbot}/completions/`, {
  method: "POST",
  headers: { Authorization: `Api-Key ${key}`, "Content-Type": "application/json" },
  body: JSON.stringify({ message: { content: question } }),
});
console.log(await res.json());
