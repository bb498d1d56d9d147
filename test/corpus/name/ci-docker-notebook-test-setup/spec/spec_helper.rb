RSpec.configure do |config|
  config.before(:suite) do
    ENV["NOVAMED_API_KEY"] = "{{key:novamed}}"
    ENV.store("MAIAGENT_API_KEY", "{{key:maiagent}}")
  end
end
