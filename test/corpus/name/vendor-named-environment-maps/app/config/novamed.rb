NOVAMED = {
  production: "{{key:novamed}}",
  staging: "{{key:novamed}}",
}.freeze

NOVAMED_CONTACTS = {
  production: "integrations+novamed@clinic-example.com",
  staging: "integrations+novamed-staging@clinic-example.com",
}.freeze
