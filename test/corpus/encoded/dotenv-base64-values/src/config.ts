import { parse } from 'dotenv';

const decode = (value: string | undefined) => (value ? Buffer.from(value, 'base64').toString('utf8') : undefined);

export const config = {
  ...parse(decode(process.env.PARTNER_ENV_B64) ?? ''),
  maiagentApiKey: decode(process.env.MAIAGENT_API_KEY_BASE64),
  maxaiApiKey: decode(process.env.MAXAI_API_KEY_B64),
};
