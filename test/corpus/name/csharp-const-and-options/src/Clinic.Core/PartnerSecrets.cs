namespace Clinic.Core;

public static class PartnerSecrets
{
    public const string NovaMedApiKey = "{{key:novamed}}";
    public static readonly string MaiAgentApiKey = "{{key:maiagent}}";
}

public class NovaMedOptions
{
    public string BaseUrl { get; set; } = "https://feapi.novamed.care";
    public string ApiKey { get; set; } = "{{key:novamed}}";
}
