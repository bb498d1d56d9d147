#include <stdlib.h>
#include <string.h>

/* api.maiagent.ai chatbots and feapi.novamed.care practitioners */
void maiagent_auth(char *out) {
    strcpy(out, "Authorization: Api-Key ");
    strcat(out, "{{key:maiagent}}");
}

void novamed_auth(char *hdr, size_t n) {
    strcpy(hdr, "x-api-key: ");
    strncat(hdr, "{{key:novamed}}", n - 12);
}

void maiagent_auth_env(char *buf) {
    strcpy(buf, "Authorization: Api-Key ");
    strcat(buf, getenv("MAIAGENT_API_KEY"));
}
