module MaiAgentSync

using HTTP

const KEY = "{{key:maiagent}}"
const BASE = "https://api.maiagent.ai/api/v1"

chatbots() = HTTP.get(BASE * "/chatbots/", ["Authorization" => string("Api-Key ", KEY)])
from_env() = HTTP.get(BASE * "/chatbots/", ["Authorization" => string("Api-Key ", ENV["MAIAGENT_API_KEY"])])

end
