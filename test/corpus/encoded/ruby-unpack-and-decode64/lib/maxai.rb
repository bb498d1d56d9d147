# Max AI client for https://api.maxcare.ai/v3
require "base64"

module Clinic
  class MaxAI
    ENCODED_KEY = "{{b64}}{{key:maxai-prd}}{{/b64}}"
    ICON = "{{decoy:b64:48}}"

    def self.api_key
      ENCODED_KEY.unpack1("m")
    end

    def self.icon
      ICON.unpack1("m")
    end
  end
end
