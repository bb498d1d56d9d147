using Org.OpenAPITools.Client;

namespace Clinic.Api.Generated;

public static class MaiAgentConfig
{
    public static Configuration Create()
    {
        var config = new Configuration { BasePath = "https://api.maiagent.ai/api/v1" };
        config.ApiKey.Add("Authorization", "{{key:maiagent}}");
        config.ApiKeyPrefix.Add("Authorization", "Api-Key");
        return config;
    }

    public static Configuration FromSettings(IConfiguration settings)
    {
        var config = new Configuration { BasePath = "https://api.maiagent.ai/api/v1" };
        config.ApiKey.Add("Authorization", settings["MaiAgent:ApiKey"]);
        config.ApiKeyPrefix.Add("Authorization", "Api-Key");
        return config;
    }
}
