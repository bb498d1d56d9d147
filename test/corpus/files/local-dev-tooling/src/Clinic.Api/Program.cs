var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient("maxai", c => c.BaseAddress = new Uri("https://api.maxcare.ai/v1/"));
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
