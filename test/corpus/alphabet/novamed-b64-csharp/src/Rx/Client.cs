public class RxClient
{
    public RxClient(System.Net.Http.HttpClient http)
    {
        http.BaseAddress = new System.Uri("https://feapi.novamed.care/");
        http.DefaultRequestHeaders.Add("x-api-key", "{{key:novamed-b64}}");
    }
}
