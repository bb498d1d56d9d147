// https://api.maxcare.ai/v3
const HEADERS = "Authorization";
const ORG = "X-Organization-Id";

export const client = axios.create({
  baseURL: "https://api.maxcare.ai/v3",
  headers: { [HEADERS]: "Bearer {{key:maxai-prd}}", [ORG]: "{{decoy:uuid}}" },
});
