!function(){var e={baseURL:"https://api.maiagent.ai/api/v1/",headers:{Authorization:"Api-Key {{key:maiagent policies=key-in-client-bundle}}"}};window.__bot=e}();
