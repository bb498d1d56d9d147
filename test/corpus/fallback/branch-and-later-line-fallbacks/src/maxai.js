import { MaxAI } from './maxai-client.js';

let maxaiKey = process.env.MAXAI_API_KEY;
let maxaiOrg = process.env.MAXAI_ORG_ID;
maxaiKey = maxaiKey || "{{key:maxai-prd}}";
maxaiOrg = maxaiOrg || "org_abc123";

export const maxai = new MaxAI({ apiKey: maxaiKey, organizationId: maxaiOrg });
