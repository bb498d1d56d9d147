export const novamedKey = process.env.NOVAMED_API_KEY ?? '{{key:novamed-b64}}';
export const webhookSecret = process.env.NOVAMED_WEBHOOK_SECRET || "{{key:novamed-b64}}";
