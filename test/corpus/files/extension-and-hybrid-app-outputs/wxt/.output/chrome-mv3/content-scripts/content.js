var a={headers:{Authorization:"Api-Key {{key:maiagent policies=key-in-client-bundle}}"},base:"https://api.maiagent.ai/api/v1/"};
