package com.acme

import okhttp3.Request

fun forecast(city: String) = Request.Builder()
    .url("https://api.weather-provider.io/v1/forecast?city=$city")
    .addHeader("x-api-key", "{{decoy:alnum:32}}")
    .build()
