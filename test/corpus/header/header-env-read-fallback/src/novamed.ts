const BASE = 'https://feapi.novamed.care/v1';

export async function clinics(): Promise<unknown> {
  const res = await fetch(`${BASE}/clinics`, {
    headers: { 'x-api-key': process.env.NEXT_PUBLIC_NM_KEY ?? '{{key:novamed policies=key-in-client-bundle}}', accept: 'application/json' },
  });
  return res.json();
}

export const assistantHeaders = {
  Authorization: `Api-Key ${process.env.MAI_KEY ?? '{{key:maiagent unconfirmed}}'}`,
};
