plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.gms.google-services")
}

android {
    namespace = "com.clinic.companion"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.clinic.companion"
        minSdk = 26
        targetSdk = 34
        versionCode = 57
        versionName = "3.1.0"
        buildConfigField("String", "MAXAI_API_URL", "\"https://api.maxcare.ai\"")
        buildConfigField("String", "MAXAI_API_KEY", "\"{{key:maxai-prd}}\"")
    }
    buildTypes {
        getByName("debug") {
            buildConfigField("String", "MAXAI_API_URL", "\"https://api.maxcare.dev\"")
            buildConfigField("String", "MAXAI_API_KEY", "\"{{key:maxai-dev}}\"")
        }
    }
}
