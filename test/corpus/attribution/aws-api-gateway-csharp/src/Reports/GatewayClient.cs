using System.Net.Http;

public class GatewayClient
{
    private readonly HttpClient _http = new HttpClient
    {
        BaseAddress = new System.Uri("https://z1x2c3v4b5.execute-api.eu-central-1.amazonaws.com/prod/"),
    };

    public GatewayClient()
    {
        _http.DefaultRequestHeaders.Add("x-api-key", "{{decoy:alnum:40}}");
    }
}
