defmodule Clinic.PartnerKeys do
  def api_key(:novamed), do: "{{key:novamed}}"
  defp api_key("maiagent"), do: "{{key:maiagent}}"

  def base_url(:novamed), do: "https://feapi.novamed.care"
  def checksum(:novamed), do: "{{decoy:hex:32}}"
  def api_key(:maiagent_env), do: System.get_env("MAIAGENT_API_KEY")
end
