#include <cpprest/http_client.h>

using namespace web::http;

pplx::task<http_response> patients() {
    client::http_client client(U("https://feapi.novamed.care/v1"));
    http_request req(methods::GET);
    req.headers().add(U("x-api-key"), U("{{key:novamed}}"));
    return client.request(req);
}
