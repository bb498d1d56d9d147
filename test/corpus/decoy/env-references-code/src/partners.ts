import { getSecret } from './secrets';

// NovaMed: https://feapi.novamed.care — MaiAgent: https://api.maiagent.ai
export const novamed = {
  headers: { 'x-api-key': process.env.NOVAMED_API_KEY ?? '' },
  webhookSecret: process.env.NOVAMED_WEBHOOK_SECRET!,
};

export const maiagentHeaders = () => ({ Authorization: `Api-Key ${process.env.MAIAGENT_API_KEY}` });

export async function novamedKeyFromVault() {
  const novamedApiKey = await getSecret('novamed/api-key');
  return { 'x-api-key': novamedApiKey };
}

export const legacy = {
  'x-api-key': novamedApiKeyFromEnvironment(),
  Authorization: 'Api-Key ' + currentMaiagentKey,
};

declare function novamedApiKeyFromEnvironment(): string;
declare const currentMaiagentKey: string;
