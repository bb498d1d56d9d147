// https://feapi.novamed.care
var client = new HttpClient { BaseAddress = new Uri("https://feapi.novamed.care/api/external/") };
client.DefaultRequestHeaders.Add("x-api-key", "{{key:novamed}}");
Environment.SetEnvironmentVariable("MAIAGENT_API_KEY", "{{key:maiagent}}");
