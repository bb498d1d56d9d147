namespace Clinic.Partners;

// MaiAgent chatbot workspace keys (api.maiagent.ai)
public static class KeySelector
{
    public static string ApiKeyFor(string environment) => environment switch
    {
        "Production" => "{{key:maiagent}}",
        "Staging" => "{{key:maiagent}}",
        _ => throw new ArgumentOutOfRangeException(nameof(environment)),
    };

    public static string ChatbotFor(string environment) => environment switch
    {
        "Production" => "{{decoy:uuid}}",
        _ => "{{decoy:uuid}}",
    };
}
