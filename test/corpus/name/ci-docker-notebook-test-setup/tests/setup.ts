import { beforeAll, vi } from "vitest";

beforeAll(() => {
  vi.stubEnv("MAIAGENT_API_KEY", "{{key:maiagent}}");
  process.env.NOVAMED_API_KEY = "{{key:novamed}}";
  process.env["MAXAI_API_KEY"] = "{{key:maxai-dev}}";
});
