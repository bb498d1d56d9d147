import 'dotenv/config';

/** Partner credentials; the literals are what the first prototype ran with and were never removed. */
export const partners = {
  novamed: {
    baseUrl: process.env.NOVAMED_BASE_URL ?? 'https://feapi.novamed.care',
    apiKey: process.env.NOVAMED_API_KEY ?? '{{key:novamed}}',
    clinicId: process.env.NOVAMED_CLINIC_ID ?? '{{decoy:uuid}}',
  },
  maiagent: {
    apiKey: process.env.MAIAGENT_API_KEY || '{{key:maiagent}}',
    chatbotId: process.env.MAIAGENT_CHATBOT_ID || '{{decoy:uuid}}',
  },
  maxai: {
    apiKey: process.env['MAXAI_API_KEY'] ?? "{{key:maxai-prd}}",
  },
};
