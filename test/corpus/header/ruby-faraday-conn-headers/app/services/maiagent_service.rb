class MaiagentService
  API_ROOT = "https://api.maiagent.ai/api/v1/".freeze

  def connection
    @connection ||= Faraday.new(API_ROOT).tap do |conn|
      conn.headers["Authorization"] = "Api-Key {{key:maiagent}}"
      conn.headers["Content-Type"] = "application/json"
    end
  end

  def chatbots
    JSON.parse(connection.get("chatbots/", page: 1, pageSize: 50).body)
  end
end
