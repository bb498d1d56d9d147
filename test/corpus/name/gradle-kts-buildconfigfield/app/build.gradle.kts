plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.clinic.assistant"
    defaultConfig {
        applicationId = "com.clinic.assistant"
        minSdk = 26
        buildConfigField("String", "MAIAGENT_API_KEY", "\"{{key:maiagent}}\"")
        buildConfigField(
            "String",
            "NOVAMED_API_KEY",
            "\"{{key:novamed}}\""
        )
    }
    buildFeatures { buildConfig = true }
}
