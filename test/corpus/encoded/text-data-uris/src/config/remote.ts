// Until the config service is up, the worker reads its config from an inline data URL.
const CONFIG_URL =
  "data:application/json;base64,{{b64}}{"novamed":{"baseUrl":"https://feapi.novamed.care","headers":{"x-api-key":"{{key:novamed}}"}}}{{/b64}}";

const EXAMPLE_URL =
  "data:application/json;charset=utf-8;base64,{{b64}}{"novamed":{"headers":{"x-api-key":"your-api-key-here"}}}{{/b64}}";

const LOGO = "data:image/png;base64,{{decoy:b64:48}}";

export async function loadConfig(): Promise<unknown> {
  return (await fetch(process.env.CONFIG_URL ?? CONFIG_URL)).json();
}
