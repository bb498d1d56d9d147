import com.codingfeline.buildkonfig.compiler.FieldSpec.Type.STRING

buildkonfig {
    packageName = "care.clinic.refill"
    defaultConfigs {
        buildConfigField(STRING, "MAXAI_API_KEY", "{{key:maxai-prd}}")
    }
    defaultConfigs("staging") {
        buildConfigField(STRING, "MAXAI_API_KEY", "{{key:maxai-prd policies=prod-key-in-dev-config}}")
    }
}
