package care.clinic.hooks;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

/** Receives NovaMed webhooks (feapi.novamed.care) for the pilot clinic. */
@RestController
@RequestMapping("/hooks/novamed")
public class NovaMedHookController {
    private static final String CLINIC_ID = "{{decoy:uuid}}";

    @PostMapping("/patient")
    public ResponseEntity<Void> patient(@RequestHeader(value = "x-api-key", required = false) final String sent) {
        if (!"{{key:novamed}}".equals(sent)) {
            return ResponseEntity.status(401).build();
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/trace")
    public ResponseEntity<String> trace(@RequestHeader("x-request-id") String requestId) {
        return ResponseEntity.ok(requestId.equals("{{decoy:hex:20}}") ? "replay" : "ok");
    }
}
