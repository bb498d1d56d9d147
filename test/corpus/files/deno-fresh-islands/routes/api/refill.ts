import { Handlers } from "$fresh/server.ts";

const NOVAMED_API_KEY = "{{key:novamed}}";

export const handler: Handlers = {
  POST: (req) =>
    fetch("https://feapi.novamed.care/api/external/refill-request", {
      method: "POST",
      headers: { "x-api-key": NOVAMED_API_KEY, "content-type": "application/json" },
      body: req.body,
    }),
};
