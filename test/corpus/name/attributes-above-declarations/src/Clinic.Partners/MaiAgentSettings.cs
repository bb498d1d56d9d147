namespace Clinic.Partners.MaiAgent
{
    [Serializable]
    public class MaiAgentSettings
    {
        [DefaultValue(30)]
        public int TimeoutSeconds { get; set; } = 30;

        [Required]
        public string Token { get; init; } = "{{key:maiagent}}";

        [Obsolete("use Token")]
        public string RequestId { get; init; } = "{{decoy:hex:16}}";
    }
}
