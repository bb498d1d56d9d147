package rx

object Pharmacy {
  private val partner = "{{key:novamed}}"
  private val fromEnv = sys.env.getOrElse("NOVAMED_API_KEY", "")

  val headers = Map("x-api-key" -> s"$partner", "accept" -> "application/json")
  val envHeaders = Map("x-api-key" -> s"$fromEnv")
  val host = "https://feapi.novamed.care"
}
