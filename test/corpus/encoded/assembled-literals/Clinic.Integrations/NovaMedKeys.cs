namespace Clinic.Integrations;

internal static class NovaMedKeys
{
    internal static readonly string NovaMedApiKey = new string(new[] { {{char-literals}}{{key:novamed}}{{/char-literals}} });
}
