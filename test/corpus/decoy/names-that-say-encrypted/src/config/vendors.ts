// Sealed with the deploy key; decrypted by src/config/unseal.ts at start-up.
export const vendors = {
  novamed: {
    baseUrl: "https://feapi.novamed.care",
    apiKeyEnc: "{{decoy:b64:64}}",
    apiKeySealed: "{{decoy:b64:60}}",
  },
  maiagent: {
    baseUrl: "https://api.maiagent.ai/api/v1/",
    apiKeyEncrypted: "{{decoy:b64:64}}",
    apiKey: "{{key:maiagent}}",
  },
};
