#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>

/* Kiosk uploads to https://feapi.novamed.care/api/external */
static const char *partner_credential = "{{key:novamed}}";
static const char *device_id = "{{decoy:hex:16}}";

int upload(const char *body) {
    char key_header[128];
    char device_header[64];
    char sandbox_header[128];
    snprintf(key_header, sizeof key_header, "x-api-key: %s", partner_credential);
    snprintf(device_header, sizeof device_header, "x-device: %s", device_id);
    snprintf(sandbox_header, sizeof sandbox_header, "x-api-key: %s", getenv("NOVAMED_SANDBOX_KEY"));

    struct curl_slist *headers = NULL;
    headers = curl_slist_append(headers, key_header);
    headers = curl_slist_append(headers, device_header);
    CURL *curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, "https://feapi.novamed.care/api/external/patient");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
    return curl_easy_perform(curl);
}
