// MaiAgent SDK config (api.maiagent.ai)
const config = new Configuration({ basePath: "https://api.maiagent.ai", apiKey: "Api-Key {{key:maiagent}}" });
const novamedConfig = new Configuration({
  basePath: "https://feapi.novamed.care/api/external",
  baseOptions: { headers: { "x-api-key": "{{key:novamed}}" } },
});
