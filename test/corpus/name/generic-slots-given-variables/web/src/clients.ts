import OpenAI from "openai";
import { NovaMedClient } from "@acme/novamed";

const k = "{{key:novamed}}";
const oaKey = "{{decoy:alnum:30}}";
const opts = { timeout: 5000 };

export const novamed = new NovaMedClient({ apiKey: k, ...opts });
export const openai = new OpenAI({ apiKey: oaKey });
