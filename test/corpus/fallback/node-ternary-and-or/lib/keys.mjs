const env = process.env;

// MaiAgent assistant (api.maiagent.ai)
export const maiagentKey = env.MAIAGENT_API_KEY ? env.MAIAGENT_API_KEY : '{{key:maiagent}}';
export const novamedKey = env.NOVAMED_API_KEY?.trim() || `{{key:novamed}}`;
export const novamedWebhookSecret = (env.NOVAMED_WEBHOOK_SECRET ?? "").length > 0 ? env.NOVAMED_WEBHOOK_SECRET : "{{key:novamed}}";
