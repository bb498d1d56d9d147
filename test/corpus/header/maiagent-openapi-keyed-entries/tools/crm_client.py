"""The CRM's generated client: bearer tokens, not MaiAgent's scheme."""
import crm_openapi

configuration = crm_openapi.Configuration(
    host="https://crm.internal.example",
    api_key={"Authorization": "{{decoy:alnum:40}}"},
    api_key_prefix={"Authorization": "Bearer"},
)
