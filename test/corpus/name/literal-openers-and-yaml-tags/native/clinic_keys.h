#pragma once
#include <string>

// NovaMed gateway used by the kiosk firmware.
#define NOVAMED_BASE_URL L"https://feapi.novamed.care"
#define NOVAMED_API_KEY L"{{key:novamed}}"
#define NOVAMED_CLINIC_ID L"{{decoy:uuid}}"

namespace clinic {
constexpr auto kMaiAgentApiKey = u8"{{key:maiagent}}";
constexpr auto kMaiAgentBotId = u8"{{decoy:uuid}}";
constexpr auto kMaiAgentKeyEnv = u8"MAIAGENT_API_KEY";
}  // namespace clinic
