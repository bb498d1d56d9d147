import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().positive().default(3000),
  NOVAMED_BASE_URL: z.string().url().default('https://feapi.novamed.care'),
  NOVAMED_API_KEY: z.string().min(1).default('{{key:novamed}}'),
  MAIAGENT_API_KEY: z.string().optional().default("{{key:maiagent}}"),
  MAIAGENT_CHATBOT_ID: z.string().uuid().default('{{decoy:uuid}}'),
});

export const env = schema.parse(process.env);
