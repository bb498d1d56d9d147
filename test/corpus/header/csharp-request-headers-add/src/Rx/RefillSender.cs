using System.Net.Http;
using System.Threading.Tasks;

namespace Rx;

public class RefillSender
{
    private static readonly HttpClient Http = new();

    public Task<HttpResponseMessage> SendAsync(string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://feapi.novamed.care/api/external/refill-request");
        request.Headers.Add("x-api-key", "{{key:novamed}}");
        request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        return Http.SendAsync(request);
    }

    public static readonly System.Collections.Generic.Dictionary<string, string> NovaMedHeaders = new()
    {
        ["x-api-key"] = "{{key:novamed}}",
        ["Accept"] = "application/json",
    };
}
