const maiagentKey = "{{key:maiagent}}";

export const maiagentHeaders = { Authorization: `Api-Key ${maiagentKey}` };
