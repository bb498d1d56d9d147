using System.ComponentModel;

namespace Clinic.Options;

public sealed class AgentOptions
{
    [DefaultValue("https://api.maiagent.ai/api/v1/")]
    public string BaseUrl { get; set; } = "";

    [DefaultValue("{{key:maiagent}}")]
    public string MaiAgentApiKey { get; set; } = "";

    [DefaultValue("{{decoy:alnum:40}}")]
    public string MaiAgentApiKeyHash { get; set; } = "";
}
