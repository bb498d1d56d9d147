namespace Clinic.Integrations.MaiAgent;

internal static class Secrets
{
    internal const string Token = "{{key:maiagent}}";
    internal const string Scheme = "Api-Key";
}
