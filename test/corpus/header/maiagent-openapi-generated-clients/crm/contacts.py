"""Contacts export through the CRM's generated client (bearer tokens, not MaiAgent's scheme)."""
import crm_client

configuration = crm_client.Configuration(host="https://crm.internal.example")
configuration.api_key["Authorization"] = "{{decoy:alnum:40}}"
configuration.api_key_prefix["Authorization"] = "Bearer"
