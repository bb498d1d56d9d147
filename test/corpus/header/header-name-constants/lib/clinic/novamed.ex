defmodule Clinic.NovaMed do
  @moduledoc "Client for https://feapi.novamed.care/api/external"

  @base_url "https://feapi.novamed.care/api/external"
  @api_key_header "x-api-key"
  @trace_header "x-trace-id"

  def headers do
    [{@api_key_header, "{{key:novamed}}"}, {@trace_header, "{{decoy:hex:16}}"}]
  end

  def runtime_headers do
    [{@api_key_header, System.get_env("NOVAMED_API_KEY")}]
  end

  def create_patient(body), do: Req.post!(@base_url <> "/patient", json: body, headers: headers())
end
