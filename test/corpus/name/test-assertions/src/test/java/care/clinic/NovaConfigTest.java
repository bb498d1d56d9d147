package care.clinic;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

class NovaConfigTest {
    @Test
    void readsTheKeyFromTheEnvironmentFile() {
        NovaConfig config = NovaConfig.load("src/test/resources/novamed.env");
        assertThat(config.getNovamedApiKey(), equalTo("{{key:novamed}}"));
        assertThat(config.getClinicId(), equalTo("{{decoy:uuid}}"));
    }
}
