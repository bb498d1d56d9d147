package com.acme.shipping

val shipping = Request.Builder()
    .url("https://api.shipfast.io/v2/labels")
    .addHeader("x-api-key", "{{decoy:alnum:32}}")
    .build()
