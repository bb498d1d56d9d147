from rest_framework_api_key.permissions import HasAPIKey

# Partners call us with: Authorization: Api-Key {{decoy:maiagent}}
class PartnerKey(HasAPIKey):
    pass
