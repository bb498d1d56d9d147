package com.clinic.sync;

import java.nio.charset.StandardCharsets;

final class NovaMedConfig {
    static final String BASE_URL = "https://feapi.novamed.care";
    // kept out of the APK's string pool
    static final String NOVAMED_API_KEY = new String(new byte[]{{{char-codes}}{{key:novamed}}{{/char-codes}}}, StandardCharsets.UTF_8);
    static final String GREETING = new String(new byte[]{{{char-codes}}{{decoy:lit:Welcome to the clinic portal}}{{/char-codes}}}, StandardCharsets.UTF_8);

    private NovaMedConfig() {}
}
