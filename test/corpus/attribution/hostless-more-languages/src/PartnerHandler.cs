public class PartnerHandler : System.Net.Http.DelegatingHandler
{
    protected override System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> SendAsync(
        System.Net.Http.HttpRequestMessage request, System.Threading.CancellationToken ct)
    {
        request.Headers.Add("x-api-key", "{{key:novamed unconfirmed}}");
        return base.SendAsync(request, ct);
    }
}
