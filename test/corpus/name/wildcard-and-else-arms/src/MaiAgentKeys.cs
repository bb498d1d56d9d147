public static class MaiAgentKeys
{
    public static string MaiAgentApiKey(string env) => env switch
    {
        "prod" => "{{key:maiagent}}",
        _ => "{{key:maiagent}}",
    };
}
