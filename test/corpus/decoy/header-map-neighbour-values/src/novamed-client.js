// Every request carries tracing headers next to the key; their values are ids, not keys.
const NOVAMED_URL = "https://feapi.novamed.care/api/external";

export const tracing = {
  "x-correlation-id": "{{decoy:alnum:40}}",
  "x-api-key": process.env.NOVAMED_API_KEY,
};

export const replay = { "x-request-id": "{{decoy:alnum:32}}", "x-api-key": readKey() };

export const fixed = {
  "x-trace-id": "{{decoy:alnum:36}}",
  "x-api-key": "{{key:novamed}}",
};

export function post(path, body) {
  return fetch(`${NOVAMED_URL}${path}`, { method: "POST", headers: { ...tracing }, body: JSON.stringify(body) });
}
