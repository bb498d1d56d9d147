var builder = WebApplication.CreateBuilder(args);

var novamedKey = builder.Configuration.GetValue("NovaMed:ApiKey", "{{key:novamed}}");
var maiagentKey = Environment.GetEnvironmentVariable("MAIAGENT_API_KEY") is { Length: > 0 } v ? v : "{{key:maiagent}}";

builder.Services.AddHttpClient("novamed", c => c.BaseAddress = new Uri("https://feapi.novamed.care/"));
var app = builder.Build();
app.Run();
