defmodule Clinic.MaiAgent do
  @base "https://api.maiagent.ai/api/v1/"

  def headers do
    token = "{{key:maiagent-opaque}}"
    [{"authorization", "Api-Key " <> token}, {"x-request-id", "{{decoy:uuid}}"}]
  end

  def pinned_headers, do: [{"authorization", "Api-Key " <> "{{key:maiagent}}"}]

  def env_headers, do: [{"authorization", "Api-Key " <> System.get_env("MAIAGENT_API_KEY")}]
end
