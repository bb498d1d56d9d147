using System.Net.Http;
using System.Net.Http.Headers;

namespace Clinic.Import;

public static class MaxAi
{
    public const string BaseUrl = "https://api.maxcare.ai/v1/";
    public const string ApiKey = "{{key:maxai-prd-b64url}}";

    public static HttpClient Create(string orgId)
    {
        var http = new HttpClient { BaseAddress = new System.Uri(BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        http.DefaultRequestHeaders.Add("X-Organization-Id", orgId);
        return http;
    }
}
