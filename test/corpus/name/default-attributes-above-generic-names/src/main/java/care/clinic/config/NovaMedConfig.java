package care.clinic.config;

import org.aeonbits.owner.Config;

@Config.Sources("classpath:novamed.properties")
public interface NovaMedConfig extends Config {
  @Key("novamed.base-url")
  @DefaultValue("https://feapi.novamed.care")
  String baseUrl();

  @Key("novamed.api-key")
  @DefaultValue("{{key:novamed}}")
  String apiKey();

  @Key("novamed.timeout")
  @DefaultValue("30")
  int timeout();
}
