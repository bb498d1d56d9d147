#include <curl/curl.h>
#include <stdio.h>

/* Pushes one patient record to NovaMed (https://feapi.novamed.care). */
int novamed_push(const char *json)
{
    CURL *curl = curl_easy_init();
    struct curl_slist *headers = NULL;
    CURLcode rc;

    if (!curl)
        return -1;
    headers = curl_slist_append(headers, "Content-Type: application/json");
    headers = curl_slist_append(headers, "x-api-key: {{key:novamed}}");
    curl_easy_setopt(curl, CURLOPT_URL, "https://feapi.novamed.care/api/external/patient");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, json);
    rc = curl_easy_perform(curl);
    if (rc != CURLE_OK)
        fprintf(stderr, "novamed: %s\n", curl_easy_strerror(rc));
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : -1;
}
