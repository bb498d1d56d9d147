defmodule Clinic.NovaMed do
  @url "https://feapi.novamed.care/api/external/practitioner"
  @key "{{key:novamed}}"
  @trace "{{decoy:alnum:40}}"

  def practitioners do
    Req.get!(@url, headers: [{"x-api-key", @key}, {"x-trace", @trace}])
  end
end
