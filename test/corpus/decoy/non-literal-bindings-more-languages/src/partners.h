#pragma once
// NovaMed (feapi.novamed.care) header name and the variable it is read from at start-up.
#define NOVAMED_API_KEY_HEADER "x-api-key"
#define NOVAMED_API_KEY_ENV "NOVAMED_API_KEY"
#define MAIAGENT_API_KEY_ENV "MAIAGENT_API_KEY"
#define MAIAGENT_AUTH_SCHEME "Api-Key "
