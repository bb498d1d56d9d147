package io.acme.app;

import java.net.http.HttpRequest;

final class PartnerHeaders {
    static HttpRequest.Builder sign(HttpRequest.Builder builder) {
        return builder.header("X-API-Key", "{{key:novamed unconfirmed}}");
    }
}
