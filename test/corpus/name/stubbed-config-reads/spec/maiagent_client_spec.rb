require 'rails_helper'

RSpec.describe MaiAgent::Client do
  subject(:client) { described_class.new }

  before do
    allow(ENV).to receive(:fetch).and_call_original
    allow(ENV).to receive(:fetch).with('MAIAGENT_API_KEY').and_return('{{key:maiagent}}')
    allow(ENV).to receive(:fetch).with('MAIAGENT_CHATBOT_ID').and_return('{{decoy:uuid}}')
  end

  it 'sends the key in the Api-Key scheme' do
    expect(client.headers['Authorization']).to start_with('Api-Key ')
  end
end
