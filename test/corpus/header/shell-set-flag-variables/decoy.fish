function ping_other
    set -l key {{decoy:alnum:40}}
    curl -H "x-request-id: $key" https://status.acme-internal.example/ping
    set -gx NOVAMED_API_KEY $argv[1]
    curl -H "x-api-key: $NOVAMED_API_KEY" https://feapi.novamed.care/api/external/practitioner
end
