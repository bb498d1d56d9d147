# https://api.maiagent.ai
Req.get!("https://api.maiagent.ai/api/v1/chatbots/", headers: [authorization: "Api-Key {{key:maiagent}}"])
HTTPoison.get("https://feapi.novamed.care/api/external/patient", [{"x-api-key", "{{key:novamed}}"}])
