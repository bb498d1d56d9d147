import { useState } from "preact/hooks";

const MAIAGENT_API_KEY = "{{key:maiagent policies=key-in-client-bundle}}";

export default function ChatBox() {
  const [answer, setAnswer] = useState("");
  async function ask(q: string) {
    const r = await fetch("https://api.maiagent.ai/api/v1/chatbots/triage/completions/", {
      method: "POST",
      headers: { Authorization: `Api-Key ${MAIAGENT_API_KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ message: { content: q } }),
    });
    setAnswer((await r.json()).content);
  }
  return <input onChange={(e) => ask(e.currentTarget.value)} />;
}
