using System;

public class MaiAgentSettings
{
    public Uri BaseAddress { get; set; } = new("https://api.maiagent.ai/api/v1/");

    public string Token { get; init; } = "{{key:maiagent}}";

    public string ChatbotId { get; init; } = "{{decoy:uuid}}";
}
