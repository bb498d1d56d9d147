package care.clinic

fun apiKeyFor(vendor: String): String = when (vendor) {
    "maiagent" -> "{{key:maiagent}}"
    "novamed" -> BuildConfig.NOVAMED_API_KEY
    else -> error("no key for $vendor")
}

fun clinicFor(vendor: String): String = when (vendor) {
    "novamed" -> "{{decoy:uuid}}"
    else -> ""
}
