#include "novamed.h"

/* Kiosk uploads go to https://feapi.novamed.care */
static const char *NOVAMED_KEY = "{{key:novamed}}";
static const char *NOVAMED_KEY_VAR = "NOVAMED_API_KEY";
static const char *NOVAMED_DEVICE_SERIAL = "{{decoy:hex:12}}";

const char *novamed_key(void) { return getenv(NOVAMED_KEY_VAR) ? getenv(NOVAMED_KEY_VAR) : NOVAMED_KEY; }
