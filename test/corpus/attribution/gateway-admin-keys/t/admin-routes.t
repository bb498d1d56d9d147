use t::APISIX 'no_plan';

run_tests;

__DATA__

=== TEST 1: create a route through the APISIX admin API
--- config
    location /t {
        content_by_lua_block {
            local t = require("lib.test_admin").test
            local code, body = t('/apisix/admin/routes/1', ngx.HTTP_PUT, [[{"uri": "/hello"}]])
            ngx.say(body)
        }
    }
--- more_headers
X-API-KEY: {{decoy:hex:16}}
--- request
GET /t
