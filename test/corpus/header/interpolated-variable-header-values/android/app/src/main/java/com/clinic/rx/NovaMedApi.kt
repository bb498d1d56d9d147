package com.clinic.rx

import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.request.header

private const val SECRET = "{{key:novamed}}"
private const val BUILD_DIGEST = "{{decoy:hex:32}}"

suspend fun HttpClient.novamedPractitioners() = get("https://feapi.novamed.care/api/external/practitioner") {
    header("x-api-key", "$SECRET")
    header("x-build", "$BUILD_DIGEST")
}
