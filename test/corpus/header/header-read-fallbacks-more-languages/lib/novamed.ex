defmodule Clinic.NovaMed do
  @base "https://feapi.novamed.care/api/external"

  def practitioners do
    headers = [{"x-api-key", System.get_env("API_KEY", "{{key:novamed}}")}, {"accept", "application/json"}]
    Req.get!(@base <> "/practitioner", headers: headers)
  end
end
