import { makeMaiAgent } from '@maiagent/web';

export const agent = makeMaiAgent('{{key:maiagent}}', { chatbotId: '{{decoy:uuid}}' });
