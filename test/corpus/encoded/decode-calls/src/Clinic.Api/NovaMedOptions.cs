using System;
using System.Text;

namespace Clinic.Api;

public sealed class NovaMedOptions
{
    public string BaseUrl { get; init; } = "https://feapi.novamed.care";
    public string ApiKey { get; init; } = Encoding.UTF8.GetString(Convert.FromBase64String("{{b64}}{{key:novamed}}{{/b64}}"));
}
