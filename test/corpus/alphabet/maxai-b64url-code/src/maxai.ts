// Max AI data API client
const MAXAI_API_URL = 'https://api.maxcare.ai/v1';
const MAXAI_API_KEY = '{{key:maxai-prd-b64url}}';

export async function me(orgId: string) {
  const res = await fetch(`${MAXAI_API_URL}/marketplace/me`, {
    headers: { Authorization: `Bearer ${MAXAI_API_KEY}`, 'X-Organization-Id': orgId },
  });
  return res.json();
}

export const stagingKey = "{{key:maxai-dev-b64url}}";
