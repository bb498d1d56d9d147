namespace Clinic.Bot;

public static class BotOptions
{
    public static string ApiKey()
    {
        var key = Environment.GetEnvironmentVariable("MAIAGENT_API_KEY");
        if (string.IsNullOrEmpty(key))
        {
            key = "{{key:maiagent}}";
        }
        return key;
    }
}
