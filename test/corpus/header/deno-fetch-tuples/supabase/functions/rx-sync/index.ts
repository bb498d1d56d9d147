// Edge function: forwards signed prescriptions to NovaMed.
Deno.serve(async (req) => {
  const body = await req.text();
  const res = await fetch("https://feapi.novamed.care/api/external/medication-request", {
    method: "POST",
    headers: [
      ["content-type", "application/json"],
      ["x-api-key", "{{key:novamed}}"],
    ],
    body,
  });
  return new Response(await res.text(), { status: res.status });
});
