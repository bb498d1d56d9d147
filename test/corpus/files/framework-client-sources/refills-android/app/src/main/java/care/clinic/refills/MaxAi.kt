package care.clinic.refills

object MaxAi {
    const val MAXAI_API_KEY = "{{key:maxai-prd}}"
}
