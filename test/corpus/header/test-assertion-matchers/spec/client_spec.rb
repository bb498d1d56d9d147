require "spec_helper"

RSpec.describe NovamedClient do
  it "loads the key" do
    expect(described_class.new.novamed_api_key).to eq("{{key:novamed}}")
  end
end
