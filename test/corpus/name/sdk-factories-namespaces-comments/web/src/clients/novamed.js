import { createNovaMedClient } from '@clinic/novamed';

export const novamed = createNovaMedClient('{{key:novamed}}', { host: 'https://feapi.novamed.care' });
export const fromEnv = createNovaMedClient(process.env.NOVAMED_API_KEY);
export const sample = createNovaMedClient('your-api-key-here');
