using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Clinic.Integrations
{
    public sealed class NovaMedClient
    {
        private readonly HttpClient _http;

        public NovaMedClient(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new System.Uri("https://feapi.novamed.care/api/external/");
            _http.DefaultRequestHeaders.Add("x-api-key", "{{key:novamed}}");
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        public async Task<string> CreatePatientAsync(string json)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "patient")
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("X-Api-Key", "{{key:novamed}}");
            var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }
    }
}
