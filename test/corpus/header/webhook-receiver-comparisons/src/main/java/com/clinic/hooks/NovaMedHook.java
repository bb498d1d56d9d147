package com.clinic.hooks;

import jakarta.servlet.http.HttpServletRequest;
import java.security.MessageDigest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
class NovaMedHook {
    @PostMapping("/webhooks/novamed")
    ResponseEntity<Void> receive(HttpServletRequest request) {
        if (!"{{key:novamed confirmation=any}}".equals(request.getHeader("x-api-key"))) {
            return ResponseEntity.status(401).build();
        }
        boolean same = MessageDigest.isEqual(request.getHeader("X-Api-Key").getBytes(), "{{key:novamed confirmation=any}}".getBytes());
        return same ? ResponseEntity.noContent().build() : ResponseEntity.status(401).build();
    }
}
