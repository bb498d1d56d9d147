// Server side: a private variable's fallback is not inlined anywhere.
const apiKey = process.env.MAXAI_API_KEY ?? '{{key:maxai-dev}}';
const publicTitle = process.env.NEXT_PUBLIC_TITLE ?? 'Clinic';
export const maxaiHeaders = { Authorization: `Bearer ${apiKey}`, 'X-Organization-Id': 'org_demo' };
