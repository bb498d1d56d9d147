package com.clinic;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.binary.Hex;

public final class NovaMedAuth {
    static final String BASE = "https://feapi.novamed.care";
    static final String NOVAMED_API_KEY;

    static {
        try {
            NOVAMED_API_KEY = new String(Hex.decodeHex("{{hex}}{{key:novamed}}{{/hex}}"), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
