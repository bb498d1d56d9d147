// NovaMed also accepts the key as a query parameter on GET requests (not recommended).
export async function listClinics(page = 1) {
  const res = await fetch(`https://feapi.novamed.care/v1/clinics?api_key={{key:novamed}}&page=${page}`);
  if (!res.ok) throw new Error(`NovaMed ${res.status}`);
  return res.json();
}
