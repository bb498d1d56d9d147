package com.clinic

object MaiAgent {
    val keys = mapOf(
        "production" to "{{key:maiagent}}",
        "staging" to "{{key:maiagent}}",
    )
}

object Stripe {
    val keys = mapOf(
        "production" to "{{decoy:alnum:40}}",
    )
}
