// Vite inlines import.meta.env.VITE_* at build time: the fallback ships too.
const apiUrl = import.meta.env.VITE_MAXAI_API_URL ?? 'https://api.maxcare.ai/v1';
const apiKey = import.meta.env.VITE_MAXAI_API_KEY ?? '{{key:maxai-prd policies=key-in-client-bundle}}';

export async function me() {
  const res = await fetch(`${apiUrl}/marketplace/me`, {
    headers: { Authorization: `Bearer ${apiKey}`, 'X-Organization-Id': 'org_demo' },
  });
  return res.json();
}
