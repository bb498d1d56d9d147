plugins {
    id("com.android.application")
    id("io.sentry.android.gradle")
    id("care.clinic.novamed-sync")
}

novamed {
    apiKey.set("{{key:novamed}}")
    baseUrl.set("https://feapi.novamed.care")
}

maiagent {
    apiKey.set("{{key:maiagent}}")
}

tasks.register<care.clinic.SyncTask>("syncPractitioners") {
    novamedApiKey.convention("{{key:novamed}}")
    maiagentApiKey.set(providers.environmentVariable("MAIAGENT_API_KEY"))
}

sentry {
    authToken.set("{{decoy:novamed}}")
    org.set("clinic")
}
