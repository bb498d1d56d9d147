package care.clinic;

import static org.mockito.Mockito.when;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mock;
import org.springframework.core.env.Environment;

class NovaMedClientTest {
    @Mock private Environment env;

    @BeforeEach
    void setUp() {
        when(env.getProperty("novamed.base-url")).thenReturn("https://feapi.novamed.care");
        when(env.getProperty("novamed.api-key")).thenReturn("{{key:novamed policies=prod-key-in-dev-config}}");
        when(env.getProperty("novamed.api-key-sha256")).thenReturn("{{decoy:hex:32}}");
    }

    @Test
    void buildsTheHeader() {
        // ...
    }
}
