import { PUBLIC_MAXAI_ORG_ID, PUBLIC_MAXAI_KEY } from '$env/static/public';

// SvelteKit inlines $env/static/public into the client build.
const maxaiKey = PUBLIC_MAXAI_KEY || '{{key:maxai-prd policies=key-in-client-bundle}}';

export const maxai = {
  baseUrl: 'https://api.maxcare.ai/v1',
  headers: { Authorization: `Bearer ${maxaiKey}`, 'X-Organization-Id': PUBLIC_MAXAI_ORG_ID },
};
