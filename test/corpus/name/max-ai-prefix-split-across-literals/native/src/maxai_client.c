#include <stdio.h>
#include <string.h>

/* Split so that `strings` on the binary does not show the whole key at once. */
static const char *max_api_key = "{{key:maxai-prd split=8}}"
                                 "{{rest}}";
static const char *max_staging_key = "{{key:maxai-dev split=8}}" "{{rest}}";
static const char *key_prefix = "max_prd_" "ak_";

void max_auth_header(char *buf, size_t n, int staging) {
    snprintf(buf, n, "Authorization: Bearer %s", staging ? max_staging_key : max_api_key);
}
