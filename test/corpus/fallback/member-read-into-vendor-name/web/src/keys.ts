export const maiagentKey = import.meta.env.VITE_CHAT_KEY || '{{key:maiagent policies=key-in-client-bundle}}';
export const novamedKey = process.env.PARTNER_KEY ?? '{{key:novamed}}';
export const novamedApiKey = process.env.PARTNER_KEY ?? '';
export const maiagentApiKey = import.meta.env.VITE_CHAT_KEY || 'your-api-key-here';
