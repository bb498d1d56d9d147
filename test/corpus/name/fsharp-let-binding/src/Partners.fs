module Clinic.Partners

open System.Net.Http

let novamedBaseUrl = "https://feapi.novamed.care"
let novamedApiKey = "{{key:novamed}}"

let client () =
    let http = new HttpClient(BaseAddress = System.Uri(novamedBaseUrl))
    http.DefaultRequestHeaders.Add("x-api-key", novamedApiKey)
    http
