// Chat transcripts from MaiAgent (https://api.maiagent.ai) are mailed to the care team.
public class SendGridOptions
{
    public string ApiKey { get; set; } = "{{decoy:alnum:40}}";

    public string From { get; set; } = "care@clinic.example";
}
