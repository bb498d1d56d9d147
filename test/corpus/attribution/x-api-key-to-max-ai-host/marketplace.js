// Wrong scheme for Max AI (it wants Bearer): the value here is not a NovaMed key, whatever its shape.
export async function me() {
  const res = await fetch('https://api.maxcare.ai/v1/marketplace/me', { headers: { 'x-api-key': '{{decoy:alnum:40}}', 'X-Organization-Id': 'org_clinic' } });
  return res.json();
}

// NovaMed, on its own line: found.
export const patients = () => fetch('https://feapi.novamed.care/v1/patients', { headers: { 'x-api-key': '{{key:novamed}}' } });
