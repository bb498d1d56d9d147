using System.Net.Http.Headers;

namespace Clinic.Agent;

public sealed class AgentClient
{
    private const string Key = "{{key:maiagent}}";
    private const string Build = "{{decoy:alnum:40}}";
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.maiagent.ai/api/v1/") };

    public AgentClient()
    {
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Api-Key", Key);
        _http.DefaultRequestHeaders.Add("X-Build", Build);
    }
}
