package care.clinic

// NovaMed environments: the arm's label is the environment's name, not a key
fun novamedBase(env: String): String = when (env) {
    "production-eu-west-clinics" -> novamedProductionBase
    "{{decoy:alnum:32}}" -> novamedSandboxBase
    else -> error("unknown")
}
