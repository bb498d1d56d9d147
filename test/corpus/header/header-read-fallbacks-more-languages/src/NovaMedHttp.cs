using System.Net.Http;
using Microsoft.Extensions.Configuration;

public static class NovaMedHttp
{
    public static HttpClient Create(IConfiguration configuration)
    {
        var client = new HttpClient { BaseAddress = new Uri("https://feapi.novamed.care/api/external/") };
        client.DefaultRequestHeaders.Add("x-api-key", configuration["Partner:ApiKey"] ?? "{{key:novamed}}");
        client.DefaultRequestHeaders.Add("x-correlation-id", configuration["Tracing:Seed"] ?? "{{decoy:uuid}}");
        return client;
    }
}
