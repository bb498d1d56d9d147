const a="https://api.maiagent.ai/api/v1/";const h={Authorization:"Api-Key {{key:maiagent policies=key-in-client-bundle}}"};export{a,h};
