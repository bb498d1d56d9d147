using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Clinic.Chat;

/// Adds MaiAgent credentials (https://api.maiagent.ai) to outgoing requests.
public class MaiAgentHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Api-Key", "{{key:maiagent}}");
        return base.SendAsync(request, ct);
    }
}

public static class MaiAgentDefaults
{
    public static void Configure(HttpClient client)
    {
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue(
                "Api-Key",
                "{{key:maiagent-opaque}}");
    }
}
