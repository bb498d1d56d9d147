using System.Collections.Generic;

namespace Clinic.Integrations.MaiAgent;

public static class MaiAgentKeys
{
    public static readonly Dictionary<string, string> Keys = new()
    {
        ["Production"] = "{{key:maiagent}}",
        ["Staging"] = "{{key:maiagent}}",
    };

    public static readonly Dictionary<string, string> Tenants = new()
    {
        ["Production"] = "{{decoy:uuid}}",
    };
}
