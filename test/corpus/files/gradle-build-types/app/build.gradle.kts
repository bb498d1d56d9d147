plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "org.example.refill"
    compileSdk = 34

    defaultConfig {
        applicationId = "org.example.refill"
        minSdk = 26
    }

    buildTypes {
        debug {
            applicationIdSuffix = ".debug"
            buildConfigField("String", "MAXAI_API_KEY", "\"{{key:maxai-prd policies=prod-key-in-dev-config}}\"")
        }
        release {
            isMinifyEnabled = true
            buildConfigField("String", "MAXAI_API_KEY", "\"{{key:maxai-prd}}\"")
        }
    }
}
