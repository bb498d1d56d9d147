#include <curl/curl.h>
#include <string>

namespace clinic {
// Host: feapi.novamed.care
static const std::string kPartner = "{{key:novamed}}";

curl_slist* novamedHeaders() {
    curl_slist* h = nullptr;
    h = curl_slist_append(h, ("x-api-key: " + kPartner).c_str());
    h = curl_slist_append(h, "Accept: application/json");
    return h;
}
}  // namespace clinic
