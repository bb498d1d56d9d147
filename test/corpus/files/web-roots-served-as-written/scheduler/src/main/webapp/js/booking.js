var maxai = {
  url: "https://api.maxcare.ai/v1",
  key: "{{key:maxai-prd policies=key-in-client-bundle}}"
};
