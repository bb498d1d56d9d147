using System.ComponentModel;

namespace Clinic.Integrations.Billing;

// Stripe billing (api.stripe.com)
public class StripeOptions
{
    [DefaultValue("{{decoy:novamed}}")]
    public string ApiKey { get; set; } = string.Empty;
}
