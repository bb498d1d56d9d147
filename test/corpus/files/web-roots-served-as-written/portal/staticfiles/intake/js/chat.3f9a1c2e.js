(function () {
  const MAIAGENT_API_KEY = "{{key:maiagent policies=key-in-client-bundle}}";
  window.intakeChat = { key: MAIAGENT_API_KEY, url: "https://api.maiagent.ai/api/v1/" };
})();
