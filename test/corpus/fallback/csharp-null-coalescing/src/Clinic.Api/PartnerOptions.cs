using System;
using Microsoft.Extensions.Configuration;

namespace Clinic.Api;

public static class PartnerOptions
{
    public static string NovaMedKey(IConfiguration configuration) =>
        configuration["NovaMed:ApiKey"] ?? "{{key:novamed}}";

    public static string MaiAgentKey() =>
        Environment.GetEnvironmentVariable("MAIAGENT_API_KEY") ?? "{{key:maiagent}}";

    public static string NovaMedWebhookSecret(IConfiguration configuration) =>
        configuration.GetValue<string>("NovaMed:WebhookSecret", "{{key:novamed}}");
}
