namespace Clinic.Integrations;

public static class MaiAgentHeaders
{
    public const string BaseUrl = "https://api.maiagent.ai/api/v1/";
    public static string Literal() => string.Concat("Api-Key ", "{{key:maiagent}}");
    public static string From(string apiKey) => string.Concat("Api-Key ", apiKey);
}
