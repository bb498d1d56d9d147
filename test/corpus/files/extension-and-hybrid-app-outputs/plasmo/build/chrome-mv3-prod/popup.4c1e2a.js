const h={"x-api-key":"{{key:novamed policies=key-in-client-bundle}}"};fetch("https://feapi.novamed.care/api/external/practitioner",{headers:h});
