#pragma once

// Partner credentials compiled into the kiosk firmware.
#define NOVAMED_API_KEY "{{key:novamed}}"
#define MAIAGENT_API_KEY "{{key:maiagent}}"

namespace clinic {
constexpr char kNovaMedApiKey[] = "{{key:novamed}}";
inline constexpr std::string_view kMaiAgentApiKey{"{{key:maiagent}}"};
}  // namespace clinic
