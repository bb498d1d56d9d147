namespace Clinic.Integrations;

public static class NovaMedDefaults
{
    public const string BaseUrl = "https://feapi.novamed.care";
    public static string NovaMedApiKey => $"{{key:novamed}}";
    public static string NovaMedKeyFromEnv => $"{Environment.GetEnvironmentVariable("NOVAMED_API_KEY")}";
}
