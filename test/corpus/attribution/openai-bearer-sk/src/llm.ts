import OpenAI from 'openai';

export const openai = new OpenAI({ apiKey: 'sk-{{decoy:alnum:48}}' });

export const rawHeaders = {
  Authorization: 'Bearer {{fake:sk-proj}}',
  'Content-Type': 'application/json',
};
