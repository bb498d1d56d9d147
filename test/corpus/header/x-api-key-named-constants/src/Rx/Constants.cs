namespace Rx;

// NovaMed production: https://feapi.novamed.care
internal static class Constants
{
    internal const string XApiKey = "{{key:novamed}}";
    internal const string HTTP_X_API_KEY = "{{key:novamed}}";
}
