#ifndef CONFIG_H
#define CONFIG_H

#define MAIAGENT_API_KEY "{{key:maiagent split}}" \
                         "{{rest}}"
#define MAX_AI_KEY "{{key:maxai-prd split}}" \
                   "{{rest}}"
#define MAIAGENT_HOST "api.maiagent.ai"

#endif
