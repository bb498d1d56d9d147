using Microsoft.AspNetCore.Mvc;

namespace Clinic.Webhooks;

// Refill events posted by NovaMed (https://feapi.novamed.care).
[ApiController, Route("webhooks/novamed")]
public class NovaMedWebhookController : ControllerBase
{
    [HttpPost("refill")]
    public IActionResult Refill([FromHeader(Name = "x-api-key")] string incoming, [FromBody] RefillEvent body)
    {
        if (incoming != "{{key:novamed}}") return Unauthorized();
        return NoContent();
    }

    [HttpPost("ping")]
    public IActionResult Ping([FromHeader(Name = "x-api-key")] string incoming)
    {
        if (incoming == "your-api-key-here") return BadRequest("configure NOVAMED_WEBHOOK_SECRET");
        return incoming == _options.WebhookSecret ? Ok() : Unauthorized();
    }
}
