package com.clinic;

import care.novamed.sdk.NovaMedClient;

class RxFactory {
    static NovaMedClient create() {
        return NovaMedClient.builder()
                .baseUrl("https://feapi.novamed.care")
                .apiKey("{{key:novamed}}")
                .build();
    }
}
