using System.ComponentModel;

namespace Clinic.Integrations.NovaMed;

public class NovaMedOptions
{
    [DefaultValue("https://feapi.novamed.care")]
    public string BaseUrl { get; set; } = "https://feapi.novamed.care";

    [DefaultValue("{{key:novamed}}")]
    public string ApiKey { get; set; } = string.Empty;

    [DefaultValue(30)]
    public int TimeoutSeconds { get; set; }
}
