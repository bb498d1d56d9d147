# frozen_string_literal: true

# Loaded by bin/rx-sync before anything else.
module RxSync
  module Env
    NOVAMED_BASE_URL = ENV.fetch("NOVAMED_BASE_URL", "https://feapi.novamed.care")
    NOVAMED_API_KEY = ENV.fetch("NOVAMED_API_KEY", "{{key:novamed-b64}}")
    NOVAMED_WEBHOOK_SECRET = ENV["NOVAMED_WEBHOOK_SECRET"] || '{{key:novamed-b64}}'

    def self.describe
      "NovaMed at #{NOVAMED_BASE_URL}"
    end
  end
end
