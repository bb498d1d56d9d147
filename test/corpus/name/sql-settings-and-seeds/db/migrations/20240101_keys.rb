class SeedKeys < ActiveRecord::Migration[7.1]
  def up
    Setting.create!(key: "novamed_api_key", value: "{{key:novamed}}")
    Setting.create!(key: "mailgun_api_key", value: "{{decoy:novamed}}")
  end
end
