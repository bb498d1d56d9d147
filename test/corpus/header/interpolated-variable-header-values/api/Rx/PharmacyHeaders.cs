namespace Rx;

public static class PharmacyHeaders
{
    private const string Partner = "{{key:novamed}}";
    private const string Correlation = "{{decoy:uuid}}";

    public static void Apply(HttpClient client, IConfiguration config)
    {
        client.BaseAddress = new Uri("https://feapi.novamed.care");
        client.DefaultRequestHeaders.Add("x-api-key", $"{Partner}");
        client.DefaultRequestHeaders.Add("x-correlation-id", $"{Correlation}");
        client.DefaultRequestHeaders.Add("x-api-key", $"{config["NovaMed:Key"]}");
    }
}
