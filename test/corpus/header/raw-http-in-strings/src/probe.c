#include <stdio.h>
#include <string.h>

/* Health probe against the NovaMed front-end API, written for the kiosk firmware. */
static const char *REQUEST =
    "GET /v1/clinics HTTP/1.1\r\nHost: feapi.novamed.care\r\nx-api-key: {{key:novamed}}\r\nConnection: close\r\n\r\n";

int build_request(char *out, size_t len) {
    if (strlen(REQUEST) >= len) return -1;
    strcpy(out, REQUEST);
    return 0;
}
