import { renderToString } from "react-dom/server";
const MAXAI_API_KEY = "{{key:maxai-prd}}";
async function render(url) {
  const r = await fetch("https://api.maxcare.ai/v1/summaries", { headers: { Authorization: `Bearer ${MAXAI_API_KEY}`, "X-Organization-Id": "org_demo" } });
  return { html: renderToString(await r.json()) };
}
export { render };
