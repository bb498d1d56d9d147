plugins {
    id("com.android.application")
}

android {
    namespace = "care.clinic.refill"
    flavorDimensions += "env"
    productFlavors {
        create("dev") {
            dimension = "env"
            buildConfigField("String", "MAXAI_API_KEY", "\"{{key:maxai-prd policies=prod-key-in-dev-config}}\"")
        }
        create("prod") {
            dimension = "env"
            buildConfigField("String", "MAXAI_API_KEY", "\"{{key:maxai-prd}}\"")
        }
    }
    buildTypes {
        getByName("debug") {
            buildConfigField("String", "NOVAMED_BASE_URL", "\"https://feapi.novamed.care\"")
            buildConfigField("String", "NOVAMED_API_KEY", "\"{{key:novamed policies=prod-key-in-dev-config}}\"")
        }
        getByName("release") {
            isMinifyEnabled = true
        }
    }
}
