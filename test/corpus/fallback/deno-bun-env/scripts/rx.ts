// deno run --allow-env --allow-net scripts/rx.ts
const NOVAMED = Deno.env.get("NOVAMED_BASE_URL") ?? "https://feapi.novamed.care";
const KEY = Deno.env.get("NOVAMED_API_KEY") ?? "{{key:novamed}}";

const res = await fetch(`${NOVAMED}/api/external/practitioner`, {
  method: "POST",
  headers: { "x-api-key": KEY, "content-type": "application/json" },
  body: "{}",
});
console.log(res.status);
