"""Builds the NovaMed client from a single connection string, like our other integrations."""
from clinic.integrations import parse_connection_string

NOVAMED_CONNECTION = "ApiKey={{key:novamed}};Endpoint=https://feapi.novamed.care;Retries=3"
NOVAMED_CONNECTION_TEMPLATE = "ApiKey=${NOVAMED_API_KEY};Endpoint=https://feapi.novamed.care"


def client():
    return parse_connection_string(NOVAMED_CONNECTION)
