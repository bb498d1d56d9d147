package clinic

// OpenWeatherMap (api.openweathermap.org): not a vendor key
object WeatherKeys {
  def apiKey(env: String): String = env match {
    case "prod" => "{{decoy:alnum:32}}"
    case _      => "{{decoy:alnum:32}}"
  }
}
