require "rails_helper"

RSpec.describe "NovaMed webhooks", type: :request do
  it "rejects a request without the x-api-key header" do
    post "/webhooks/novamed", params: {}
    expect(response).to have_http_status(:unauthorized)
  end

  it "accepts NOVAMED_WEBHOOK_SECRET in x-api-key" do
    post "/webhooks/novamed", headers: { "x-api-key" => Rails.application.credentials.dig(:novamed, :webhook_secret) }
    expect(response).to have_http_status(:no_content)
  end
end
