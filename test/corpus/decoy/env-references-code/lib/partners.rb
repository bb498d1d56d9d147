# frozen_string_literal: true

# NovaMed (feapi.novamed.care) and MaiAgent keys come from the environment only.
NOVAMED_API_KEY = ENV.fetch("NOVAMED_API_KEY")
MAIAGENT_API_KEY = ENV["MAIAGENT_API_KEY"] || raise("MAIAGENT_API_KEY missing")
NOVAMED_HEADERS = { "x-api-key" => ENV.fetch("NOVAMED_API_KEY", nil) }.freeze
