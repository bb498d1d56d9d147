RSpec.configure do |config|
  config.before(:suite) do
    ENV["MAXAI_API_KEY"] = "{{key:maxai-prd policies=prod-key-in-dev-config}}"
    ENV["MAXAI_ORG_ID"] = "org_abc123"
  end
end
