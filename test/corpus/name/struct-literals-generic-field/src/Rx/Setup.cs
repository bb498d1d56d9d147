using NovaMed.Client;

public static class Setup
{
    public static NovaMedClient Create() => new NovaMedClient(new NovaMedOptions
    {
        BaseUrl = "https://feapi.novamed.care",
        ApiKey = "{{key:novamed}}",
    });
}
