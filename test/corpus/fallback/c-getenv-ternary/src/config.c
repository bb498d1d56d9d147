#include <stdlib.h>

/* NovaMed partner key: the environment wins, the literal is the factory default. */
const char *novamed_api_key(void)
{
    const char *v = getenv("NOVAMED_API_KEY");
    return v ? v : "{{key:novamed}}";
}

const char *maiagent_api_key(void)
{
    return getenv("MAIAGENT_API_KEY") ? getenv("MAIAGENT_API_KEY") : "{{key:maiagent}}";
}
