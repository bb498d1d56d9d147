from app.http import build_client


novamed = build_client(
    name="novamed",
    base_url="https://feapi.novamed.care",
    api_key="{{key:novamed}}",
    retries=3,
)
audit = build_client(name="audit", base_url="https://audit.internal", api_key="{{decoy:novamed}}")
search = build_client(service="typeahead", base_url="https://search.internal", api_key="{{decoy:novamed}}", retries=1)
