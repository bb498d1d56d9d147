defmodule Clinic.Keys do
  def novamed, do: Application.get_env(:clinic, :novamed_api_key, "{{key:novamed}}")
  def maiagent, do: Application.fetch_env!(:clinic, :maiagent_api_key) || "{{key:maiagent}}"
end
