// https://feapi.novamed.care
const val HEADER = "x-api-key"
val headers = mapOf(HEADER to "{{key:novamed}}")
