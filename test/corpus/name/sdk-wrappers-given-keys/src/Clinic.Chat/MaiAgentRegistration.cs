namespace Clinic.Chat;

public static class MaiAgentRegistration
{
    public static void Add(IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(new MaiAgentClient(new HttpClient(), "{{key:maiagent}}"));
        services.AddSingleton(new MaiAgentClient(new HttpClient(), config["MaiAgent:ApiKey"]));
        services.AddSingleton(new MaiAgentInterceptor("{{key:maiagent}}"));
    }
}
