// Partner client for https://feapi.novamed.care/api/external
const HEADER = "x-api-key";
const TRACE = "x-trace-id";

export async function listPatients(u: string) {
  return fetch(u, { headers: { [HEADER]: "{{key:novamed}}", [TRACE]: "{{decoy:hex:16}}" } });
}

export async function fromEnv(u: string) {
  return fetch(u, { headers: { [HEADER]: process.env.NOVAMED_API_KEY ?? "" } });
}
