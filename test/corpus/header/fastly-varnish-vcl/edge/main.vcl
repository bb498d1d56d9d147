vcl 4.1;

backend novamed {
    .host = "feapi.novamed.care";
    .port = "443";
}

backend maiagent {
    .host = "api.maiagent.ai";
    .port = "443";
}

sub vcl_recv {
    if (req.url ~ "^/rx/") {
        set req.backend_hint = novamed;
        set req.http.Host = "feapi.novamed.care";
        set req.http.x-api-key = "{{key:novamed}}";
    }
}

sub vcl_backend_fetch {
    if (bereq.url ~ "^/assistant/") {
        set bereq.backend = maiagent;
        set bereq.http.Authorization = "Api-Key {{key:maiagent}}";
    }
}
