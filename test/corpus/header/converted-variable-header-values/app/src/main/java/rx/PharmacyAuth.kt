package rx

import java.net.HttpURLConnection

private val partner = "{{key:novamed}}"

fun HttpURLConnection.authorize() {
    setRequestProperty("x-api-key", partner.trim())
    setRequestProperty("x-api-key", System.getenv("NOVAMED_API_KEY").orEmpty().trim())
}

const val PHARMACY = "https://feapi.novamed.care"
