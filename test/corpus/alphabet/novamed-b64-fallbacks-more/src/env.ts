import { z } from 'zod';

const schema = z.object({
  NOVAMED_BASE_URL: z.string().url().default('https://feapi.novamed.care'),
  PORT: z.coerce.number().default(8080),
});

export const env = schema.parse(process.env);
export const novamedKey = process.env.NOVAMED_API_KEY ?? '{{key:novamed-b64}}';
export const webhookSecret = process.env.NOVAMED_WEBHOOK_SECRET || "{{key:novamed-b64}}";
