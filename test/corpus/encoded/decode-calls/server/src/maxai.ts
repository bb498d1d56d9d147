import axios from 'axios';

const MAXAI_API_KEY = Buffer.from('{{b64}}{{key:maxai-prd}}{{/b64}}', 'base64').toString('utf8');

export const maxai = axios.create({
  baseURL: 'https://api.maxcare.ai/v1',
  headers: { Authorization: `Bearer ${MAXAI_API_KEY}`, 'X-Organization-Id': process.env.MAXAI_ORG_ID },
});

export function decodeUpload(payload: string): Buffer {
  return Buffer.from(payload, 'base64');
}
