# frozen_string_literal: true

require "maiagent"

MaiAgent::Client.setup do |c|
  c.key = "{{key:maiagent}}"
  c.chatbot_id = "{{decoy:uuid}}"
end

Rails.application.config.after_initialize do |app|
  app.config.secret = ENV.fetch("SECRET_KEY_BASE", nil)
end
