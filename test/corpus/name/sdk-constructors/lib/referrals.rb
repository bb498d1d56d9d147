require "novamed"

module Referrals
  CLIENT = NovaMed::Client.new('{{key:novamed}}')
  LOG_TAG = NovaMedLogger.new('novamed_referral_worker_2024')
end
