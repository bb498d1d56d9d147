rootProject.name = "ClinicCompanion"
include(":app")
