const partner = "{{key:novamed}}";

export const headers = { "x-api-key": String(partner) };
export const envHeaders = { "x-api-key": String(process.env.NOVAMED_API_KEY) };
export const loaded = { "x-api-key": loadKey().trim() };
export const base = "https://feapi.novamed.care";
