"""Pulls chatbot transcripts with the client generated from MaiAgent's OpenAPI document."""
import os

import maiagent_client
from maiagent_client.api import chatbots_api

configuration = maiagent_client.Configuration(host="https://api.maiagent.ai")
configuration.api_key["Authorization"] = "{{key:maiagent}}"
configuration.api_key_prefix["Authorization"] = "Api-Key"

staging = maiagent_client.Configuration(host="https://api.maiagent.ai")
staging.api_key["Authorization"] = os.environ["MAIAGENT_API_KEY"]
staging.api_key_prefix["Authorization"] = "Api-Key"

with maiagent_client.ApiClient(configuration) as api_client:
    api = chatbots_api.ChatbotsApi(api_client)
    print(api.chatbots_list(page=1, page_size=1))
