function ping_novamed
    set -l key {{key:novamed}}
    curl -H "x-api-key: $key" https://feapi.novamed.care/api/external/practitioner
end
