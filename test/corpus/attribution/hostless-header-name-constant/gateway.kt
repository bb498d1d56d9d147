package com.example.relay

import okhttp3.Request

private const val KEY_HEADER = "X-Api-Key"
private const val RELAY = "https://relay.internal.example/v1"

// No host says whose key this is: reported, but not as a confirmed vendor key.
fun relayRequest(path: String): Request =
    Request.Builder()
        .url("$RELAY/$path")
        .header(KEY_HEADER, "{{key:novamed unconfirmed}}")
        .header("Accept", "application/json")
        .build()

fun localRequest(path: String, key: String): Request =
    Request.Builder().url("$RELAY/$path").header(KEY_HEADER, key).build()
