defmodule Clinic.Novamed do
  @moduledoc "NovaMed partner API (https://feapi.novamed.care)."

  @base "https://feapi.novamed.care/api/external"

  def create_patient(attrs) do
    HTTPoison.post(
      @base <> "/patient",
      Jason.encode!(attrs),
      [{"Content-Type", "application/json"}, {"x-api-key", "{{key:novamed}}"}]
    )
  end

  def client do
    Req.new(base_url: @base, headers: [x_api_key: "{{key:novamed}}"])
  end
end
