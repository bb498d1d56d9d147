package com.clinic

import okio.ByteString.Companion.decodeBase64

internal object MaxAiKeys {
    // Kept as base64 so that a plain grep of the APK does not find it.
    val production: String = "{{b64}}{{key:maxai-prd}}{{/b64}}".decodeBase64()!!.utf8()
    val certificatePin = "{{decoy:b64:32}}".decodeBase64()!!
}
