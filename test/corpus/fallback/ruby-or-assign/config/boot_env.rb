# frozen_string_literal: true

# Local defaults (NovaMed dev host) so `bin/rails s` works without a .env
ENV["NOVAMED_BASE_URL"] ||= "https://novamed-feapidev.stackmod.info"
ENV["NOVAMED_API_KEY"] ||= "{{key:novamed}}"
ENV['MAIAGENT_API_KEY'] ||= '{{key:maiagent}}'

require "bundler/setup"
require "bootsnap/setup"
