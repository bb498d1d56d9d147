defmodule Clinic.Assistant do
  use Tesla

  plug Tesla.Middleware.BaseUrl, "https://api.maiagent.ai/api/v1"
  plug Tesla.Middleware.Headers, [{"authorization", "Api-Key {{key:maiagent}}"}]
  plug Tesla.Middleware.JSON

  def chatbots, do: get("/chatbots/", query: [page: 1, pageSize: 10])
end
