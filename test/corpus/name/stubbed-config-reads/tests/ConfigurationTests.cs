using Microsoft.Extensions.Configuration;
using Moq;
using Xunit;

public class MaiAgentOptionsTests
{
    [Fact]
    public void ReadsTheKeyFromConfiguration()
    {
        var config = new Mock<IConfiguration>();
        config.Setup(c => c["MaiAgent:BaseUrl"]).Returns("https://api.maiagent.ai/api/v1/");
        config.Setup(c => c["MaiAgent:ApiKey"]).Returns("{{key:maiagent policies=prod-key-in-dev-config}}");
        config.Setup(c => c["MaiAgent:ApiKeyId"]).Returns("{{decoy:alnum:12}}");

        var options = MaiAgentOptions.From(config.Object);
        Assert.NotNull(options.ApiKey);
    }
}
