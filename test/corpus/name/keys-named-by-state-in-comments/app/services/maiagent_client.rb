# MaiAgent chatbot client.
# revoked api key: {{key:maiagent}}
# backup token = {{key:maiagent}}
# old key: see Rails credentials (maiagent.api_key)
class MaiAgentClient
  BASE_URL = 'https://api.maiagent.ai/api/v1/'.freeze

  def initialize(api_key = Rails.application.credentials.dig(:maiagent, :api_key))
    @api_key = api_key
  end
end
