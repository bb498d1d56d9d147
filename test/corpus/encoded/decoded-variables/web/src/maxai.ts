const encoded = "{{b64}}{{key:maxai-dev}}{{/b64}}";
const salt = "{{decoy:b64:32}}";

export const maxaiKey = Buffer.from(encoded, "base64").toString("utf8");
export const saltBytes = Buffer.from(salt, "base64");

export function authHeaders(): Record<string, string> {
  return { Authorization: `Bearer ${maxaiKey}`, "X-Organization-Id": "org_abc123" };
}
