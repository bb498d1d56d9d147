package clinic.maiagent

import okhttp3.Request

fun chatbots(): Request = Request.Builder()
    .url("https://api.maiagent.ai/api/v1/chatbots/")
    .addHeader("Authorization", "Api-Key " + (System.getenv("API_KEY") ?: "{{key:maiagent-opaque}}"))
    .build()
