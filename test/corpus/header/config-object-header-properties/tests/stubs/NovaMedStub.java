package stubs;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

// Stubs feapi.novamed.care: the expected header is a fixture value, checked by the stub like the real service.
class NovaMedStub {
    void register() {
        stubFor(post(urlEqualTo("/api/external/patient"))
            .withHeader("x-api-key", equalTo("{{key:novamed policies=prod-key-in-dev-config}}"))
            .willReturn(aResponse().withStatus(201)));
        stubFor(get(urlEqualTo("/api/external/practitioner"))
            .withHeader("x-api-key", absent())
            .willReturn(aResponse().withStatus(401)));
    }
}
