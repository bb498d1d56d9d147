module Bot
  MAIAGENT_API_KEY = ENV["MAIAGENT_API_KEY"].presence || "{{key:maiagent}}"
  CHATBOT_ID = ENV.fetch("MAIAGENT_CHATBOT_ID") { |_name| "{{decoy:uuid}}" }
end
