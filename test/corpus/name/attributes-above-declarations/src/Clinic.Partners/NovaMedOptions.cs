using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Clinic.Partners;

// Bound from the "NovaMed" section; the defaults are the sandbox partner's (feapi.novamed.care).
public sealed class NovaMedOptions
{
    public const string SectionName = "NovaMed";

    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://feapi.novamed.care";

    [Required]
    [JsonPropertyName("apiKey")]
    public string ApiKey { get; set; } = "{{key:novamed}}";

    [Required]
    public string ClinicId { get; set; } = "{{decoy:uuid}}";
}
