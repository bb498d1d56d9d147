const k="{{key:maiagent policies=key-in-client-bundle}}";fetch("https://api.maiagent.ai/api/v1/chatbots/?page=1&pageSize=1",{headers:{Authorization:"Api-Key "+k}}).then(r=>r.json());
