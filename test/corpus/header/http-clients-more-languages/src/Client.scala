// https://feapi.novamed.care
val request = basicRequest
  .get(uri"https://feapi.novamed.care/api/external/patient")
  .header("x-api-key", "{{key:novamed}}")
val headers = Map("x-api-key" -> "{{key:novamed}}")
