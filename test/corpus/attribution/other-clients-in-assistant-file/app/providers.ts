import { MaiAgent } from "@maiagent/sdk";
import Together from "together-ai";
import { createFireworks } from "@ai-sdk/fireworks";

const mai = new MaiAgent({ apiKey: process.env.MAIAGENT_API_KEY });
export const backup = new MaiAgent({ apiKey: "{{key:maiagent-opaque}}" });
export const together = new Together({ apiKey: "{{decoy:alnum:40}}" });
export const fireworks = createFireworks({ apiKey: "{{decoy:alnum:40}}" });
export const providers = { together: { apiKey: "{{decoy:alnum:40}}" }, stedi: { apiKey: "{{decoy:alnum:40}}" } };
export const API_KEY = "{{key:maiagent}}";

export async function ask(question: string) {
  return mai.chat({ question });
}
