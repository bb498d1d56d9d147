require "sinatra"
require "faraday"

configure :development, :test do
  set :maxai_api_key, "{{key:maxai-prd policies=prod-key-in-dev-config}}"
end

configure :production do
  set :maxai_api_key, "{{key:maxai-prd}}"
end

post "/ask" do
  conn = Faraday.new(url: "https://api.maxcare.ai/v1")
  conn.post("/chat", { prompt: params[:prompt] }.to_json, "Authorization" => "Bearer #{settings.maxai_api_key}")
end
