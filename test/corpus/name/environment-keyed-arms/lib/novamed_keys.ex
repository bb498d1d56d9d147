defmodule Clinic.NovaMed.Keys do
  # NovaMed (feapi.novamed.care)
  def api_key(env) do
    case env do
      :prod -> "{{key:novamed}}"
      :staging -> "{{key:novamed}}"
    end
  end
end
