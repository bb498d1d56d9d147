using System.Net.Http;

namespace Clinic.Services;

// Talks to https://api.maiagent.ai for the reception chatbot.
public sealed class MaiAgentService
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.maiagent.ai/api/v1/") };

    public MaiAgentService(IConfiguration config)
    {
        _http.DefaultRequestHeaders.Add("Authorization", string.Format("Api-Key {0}", "{{key:maiagent}}"));
        _http.DefaultRequestHeaders.Add("X-Tenant", string.Format("tenant-{0}", "{{decoy:uuid}}"));
        var fallback = string.Format("Api-Key {0}", config["MaiAgent:ApiKey"]);
    }
}
