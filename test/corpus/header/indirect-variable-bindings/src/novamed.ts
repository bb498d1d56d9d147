// Thin client for the NovaMed front-end API.
const BASE_URL = 'https://feapi.novamed.care/v1';
const NOVA_KEY = '{{key:novamed}}';
const CLINIC = '{{decoy:uuid}}';

export async function practitioners(): Promise<unknown[]> {
  const res = await fetch(`${BASE_URL}/clinics/${CLINIC}/practitioners`, {
    headers: { 'x-api-key': NOVA_KEY, accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`NovaMed answered ${res.status}`);
  return res.json();
}
