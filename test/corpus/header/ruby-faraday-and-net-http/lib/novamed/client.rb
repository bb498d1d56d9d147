# frozen_string_literal: true

require 'faraday'
require 'net/http'
require 'json'

module Novamed
  # Wraps the NovaMed external API for the Rails app's background jobs.
  class Client
    BASE_URL = 'https://feapi.novamed.care'

    def initialize
      @conn = Faraday.new(url: BASE_URL, headers: { 'x-api-key' => '{{key:novamed}}' }) do |f|
        f.request :json
        f.response :raise_error
      end
    end

    def create_patient(attrs)
      @conn.post('/api/external/patient', attrs).body
    end

    # Legacy path kept for the refill importer, which still uses Net::HTTP.
    def self.refill(payload)
      uri = URI("#{BASE_URL}/api/external/refill-request")
      request = Net::HTTP::Post.new(uri)
      request['x-api-key'] = '{{key:novamed}}'
      request['Content-Type'] = 'application/json'
      request.body = payload.to_json
      Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
    end
  end
end
