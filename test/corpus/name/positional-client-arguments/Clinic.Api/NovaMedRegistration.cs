using Clinic.NovaMed;

namespace Clinic.Api;

public static class NovaMedRegistration
{
    public static IServiceCollection AddNovaMed(this IServiceCollection services) =>
        services.AddSingleton(_ => new NovaMedClient("https://feapi.novamed.care", "{{key:novamed}}"));
}
