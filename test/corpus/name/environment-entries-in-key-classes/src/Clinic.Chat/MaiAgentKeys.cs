namespace Clinic.Chat;

// Keys for https://api.maiagent.ai/api/v1/ by deployment.
public static class MaiAgentKeys
{
    public const string Production = "{{key:maiagent}}";
    public const string Staging = "{{key:maiagent}}";
    public const string Local = "";
}

public static class MaiAgentTenants
{
    public const string Production = "{{decoy:uuid}}";
}
