#pragma once
#define MAIAGENT_API_KEY "{{key:maiagent split}}" "{{rest}}"
#define MAIAGENT_BASE "https://api.maiagent.ai/api/v1/"
