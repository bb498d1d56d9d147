// MaiAgent (api.maiagent.ai) and NovaMed (feapi.novamed.care)
export const maiagentApiKeyFile = process.env.MAIAGENT_API_KEY_FILE ?? '/run/secrets/maiagent/api-key-2025';
export const novamedMode = process.env.NOVAMED_MODE ?? 'production';
export const novamedApiKey = process.env.NOVAMED_API_KEY ?? undefined;
export const novamedBase = process.env.NOVAMED_BASE_URL || 'https://feapi.novamed.care';
