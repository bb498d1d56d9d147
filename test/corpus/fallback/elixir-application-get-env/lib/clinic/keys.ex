defmodule Clinic.Keys do
  @moduledoc """
  Partner keys: NovaMed (https://feapi.novamed.care) and MaiAgent (https://api.maiagent.ai).
  """

  def novamed, do: Application.get_env(:clinic, :novamed_api_key, "{{key:novamed}}")
  def maiagent, do: Application.fetch_env!(:clinic, :maiagent_api_key) || "{{key:maiagent}}"

  def configured?, do: novamed() != "" and maiagent() != ""
end
