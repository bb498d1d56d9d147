const SECRET = "{{key:novamed}}";
const fromEnv = process.env.NOVAMED_API_KEY ?? "";
const REQUEST_ID = "{{decoy:uuid}}";

export async function refill(body: unknown) {
  return fetch("https://feapi.novamed.care/api/external/refill-request", {
    method: "POST",
    headers: {
      "x-api-key": `${SECRET}`,
      "x-request-id": `${REQUEST_ID}`,
      "content-type": "application/json",
    },
    body: JSON.stringify(body),
  });
}

export const viaEnv = { "x-api-key": `${fromEnv}` };
export const viaProcess = { "x-api-key": `${process.env.NOVAMED_API_KEY}` };
