const MAXAI_KEY = "{{key:maxai-prd}}";

export default async function Page() {
  const res = await fetch("https://api.maxcare.ai/v1/marketplace/me", { headers: { Authorization: `Bearer ${MAXAI_KEY}`, "X-Organization-Id": "org_abc123" } });
  return <pre>{JSON.stringify(await res.json())}</pre>;
}
