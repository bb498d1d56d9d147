module Clinic.MaiAgent

open System.Text.Json.Serialization

type Credentials =
    { [<JsonPropertyName("api_key")>]
      ApiKey: string }

[<Literal>]
let BaseUrl = "https://api.maiagent.ai/api/v1/"

[<Literal>]
let ApiKey = "{{key:maiagent}}"

[<Literal>]
let ChatbotId = "{{decoy:uuid}}"
