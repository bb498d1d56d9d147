package care.clinic;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

final class MaxAiKeys {
  static final String STAGING =
      new String(Base64.getDecoder().decode("{{b64}}{{key:maxai-dev}}{{/b64}}"), StandardCharsets.UTF_8);

  private MaxAiKeys() {}
}
