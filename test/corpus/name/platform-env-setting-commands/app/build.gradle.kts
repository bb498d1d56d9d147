android {
    defaultConfig {
        buildConfigField("String", "NOVAMED_API_KEY", "\"{{key:novamed}}\"")
        resValue("string", "maiagent_api_key", "{{key:maiagent}}")
    }
}
