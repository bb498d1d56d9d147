public static class MaxAi
{
    public const string ApiKey = "{{key:maxai-prd-b64url}}";
}
