# frozen_string_literal: true

module NovaMed
  ENVIRONMENTS = {
    production: "{{key:novamed}}",
    staging: "{{key:novamed}}"
  }.freeze

  def self.key(env = Rails.env)
    ENVIRONMENTS.fetch(env.to_sym)
  end
end

module Stripe
  ENVIRONMENTS = {
    production: "{{decoy:alnum:40}}",
    staging: "{{decoy:alnum:40}}"
  }.freeze
end

module NovaMed
  module Keys
    PRODUCTION = "{{key:novamed}}"
    STAGING = "2024.06.1-rc.1"
  end
end
