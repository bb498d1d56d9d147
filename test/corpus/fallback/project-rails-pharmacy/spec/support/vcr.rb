VCR.configure do |c|
  c.cassette_library_dir = "spec/cassettes"
  c.hook_into :webmock
  c.filter_sensitive_data("<NOVAMED_API_KEY>") { ENV.fetch("NOVAMED_API_KEY", "unset") }
end
